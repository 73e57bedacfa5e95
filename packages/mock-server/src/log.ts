// One line per request: time, provider, action, status, error code, duration. Only names the server checked
// are printed (never headers, query strings or bodies), so keys, signatures and tokens cannot leak.
import { printableName } from './call-hints.ts';

export interface RequestLogEntry {
  provider?: string;
  action?: string;
  status: number;
  code?: string;
  durationMs: number;
}

export type LogSink = (line: string) => void;

export function formatLogLine(entry: RequestLogEntry, at = new Date()): string {
  const fields = [
    at.toISOString(),
    printableName(entry.provider),
    printableName(entry.action),
    String(entry.status),
    printableName(entry.code),
    `${entry.durationMs.toFixed(1)}ms`,
  ];
  return fields.join(' ');
}
