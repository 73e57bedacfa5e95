// The client fault suite: a real local server misbehaving in every way issue 12 lists (and the ways that
// already worked, so they keep working). Prints a table of cases, outcomes and times at the end;
// `pnpm faults` runs just this file. FAULTS_RUNTIME=<dir of runtime src/> runs it against other sources.
import { describe } from 'vitest';
import { cases } from './cases-index.ts';

describe('client faults', () => {
  cases();
});
