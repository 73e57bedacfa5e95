// The portability programs stand for their wire protocol: every protocol a service in the generated services
// manifest speaks must have one, so a service on a new protocol cannot skip the runtime check unnoticed.
import { services } from '@cloudexec/services';
import { describe, expect, it } from 'vitest';
import { PROGRAMS } from './support/bundle.ts';

describe('portability coverage', () => {
  it('runs a program for every wire protocol in the services manifest', () => {
    const protocolOf = (id: string) => services.find((entry) => entry.id === id)?.protocol;
    const covered = new Set(PROGRAMS.map(protocolOf));
    expect(covered.has(undefined)).toBe(false);
    for (const entry of services) expect(covered, `${entry.id} (${entry.protocol})`).toContain(entry.protocol);
  });
});
