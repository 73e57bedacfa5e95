// The snapshot format: a vendor definition reduced to facts (no prose), one file per operation under
// specs/vendor/<provider>/<service>/<Action>.json, one entry per source (SDK, tccli, ...).

/** One field of a request or response. Paths use spec-diff's flattening: `Filters[].Name`. */
export interface FieldFact {
  /** `string`, `number`, `boolean`, `object`, or `<type>[]`, `map`. Integer and float are both `number`. */
  type: string;
  /** Absent when the source does not say (Alibaba models, Tencent SDK response interfaces). */
  required?: boolean;
  /** Absent when the source does not say. */
  nullable?: boolean;
  enum?: (string | number)[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  maxItems?: number;
}

/** Keyword facts a source may carry; a source lists those it carries, the others are unknown, not absent. */
export const KEYWORD_FACTS = ['enum', 'minimum', 'maximum', 'minLength', 'maxLength', 'maxItems'] as const;
export type KeywordFact = (typeof KEYWORD_FACTS)[number];

export interface SourceInfo {
  /** `tencentcloud-sdk-nodejs`, `tccli`, `@alicloud/ecs20140526`. */
  name: string;
  /** npm version, or the git commit of the source file. */
  version: string;
  /** Release or commit date, YYYY-MM-DD. */
  date: string;
  /** The file inside the package or repository the facts come from. */
  file: string;
  /** Keyword facts this source carries (absent keyword = no such limit); others are not compared. */
  carries: KeywordFact[];
}

export interface SourceFacts extends SourceInfo {
  request: Record<string, FieldFact>;
  response: Record<string, FieldFact>;
  /** Error codes of the operation, when the source lists them. */
  errors?: string[];
}

export interface OperationSnapshot {
  provider: string;
  service: string;
  operation: string;
  sources: SourceFacts[];
}

export type FieldMap = Record<string, FieldFact>;

/** Sorted copy, so snapshots diff cleanly in git. */
export function sortedFields(fields: FieldMap): FieldMap {
  const out: FieldMap = {};
  for (const key of Object.keys(fields).sort()) out[key] = fields[key] as FieldFact;
  return out;
}
