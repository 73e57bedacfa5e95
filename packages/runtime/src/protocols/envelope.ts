// Shared pieces of response parsing: a transport error with a short body excerpt, and a JSON parse
// that reports instead of throwing.
import type { ParsedResponse } from './types.ts';

const EXCERPT_LENGTH = 200;

export function bodyExcerpt(bodyText: string): string {
  if (bodyText.length <= EXCERPT_LENGTH) return bodyText;
  const code = bodyText.charCodeAt(EXCERPT_LENGTH - 1);
  // Do not end on the first half of a surrogate pair.
  return bodyText.slice(0, code >= 0xd800 && code <= 0xdbff ? EXCERPT_LENGTH - 1 : EXCERPT_LENGTH);
}

export function transportError(httpStatus: number, reason: string, bodyText: string): ParsedResponse {
  return { kind: 'transport-error', httpStatus, reason, bodyExcerpt: bodyExcerpt(bodyText) };
}

export type JsonObject = Record<string, unknown>;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The parsed JSON object, or why the body is not one. */
export function parseJsonObject(bodyText: string): { object: JsonObject } | { problem: string } {
  let value: unknown;
  try {
    value = JSON.parse(bodyText);
  } catch {
    return { problem: 'response body is not valid JSON' };
  }
  return isJsonObject(value) ? { object: value } : { problem: 'response body is not a JSON object' };
}

export function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
