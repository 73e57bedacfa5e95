// An execution id carries what is needed to find it again: `<provider>:<region>:<part>[+<part>…]`
// (`tencent-tat:ap-guangzhou:inv-a1b2c3d4+inv-e5f6g7h8`). A bare service id also works where the provider and
// region are given separately (an execution started by another tool).
import { ExecUsageError } from './errors.ts';
import type { ExecutionPart, ProviderId } from './model.ts';
import { checkProvider } from './validate.ts';

export interface ParsedId {
  provider?: ProviderId;
  region?: string;
  partIds: string[];
}

export function formatExecutionId(provider: ProviderId, region: string, parts: readonly ExecutionPart[]): string {
  return `${provider}:${region}:${parts.map((part) => part.id).join('+')}`;
}

export function parseExecutionId(id: string): ParsedId {
  if (typeof id !== 'string' || id.trim() === '') throw new ExecUsageError('id', 'an execution id is required');
  const pieces = id.trim().split(':');
  if (pieces.length === 1) return { partIds: splitParts(pieces[0] ?? '') };
  if (pieces.length !== 3) throw new ExecUsageError('id', `${JSON.stringify(id)} is not an execution id (<provider>:<region>:<id>[+<id>…])`);
  const [provider, region, parts] = pieces as [string, string, string];
  if (region === '') throw new ExecUsageError('id', `${JSON.stringify(id)} has no region`);
  return { provider: checkProvider(provider), region, partIds: splitParts(parts) };
}

function splitParts(text: string): string[] {
  const parts = text.split('+');
  for (const part of parts) {
    if (!/^[\w.@*-]{1,200}$/.test(part)) throw new ExecUsageError('id', `${JSON.stringify(part)} is not a service execution id`);
  }
  return parts;
}
