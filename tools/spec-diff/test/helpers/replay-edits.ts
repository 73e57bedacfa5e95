// The three vendor-doc updates, shared by replay.test.ts (spec:diff lists and classifies them) and
// replay-end-to-end.test.ts (the generated code and contract suite follow them): the Batch filter
// `task-instance-type` renamed to `task-instance-state` (the discrepancy record stays, so spec:diff calls it a
// documented correction), a new optional member on TAT's InvocationTask, and the `Limit` maximum of
// DescribeInvocationTasks lowered from 100 to 50.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';

export const BATCH_SPEC = 'tencent/batch.yaml';
export const TAT_SPEC = 'tencent/tat.yaml';
export const ADDED_FIELD = 'AddedByReplay';
export const OLD_FILTER = 'task-instance-type';
export const NEW_FILTER = 'task-instance-state';
export const TAT_LIMIT = { operation: 'DescribeInvocationTasks', before: 100, after: 50 } as const;

type Doc = any;

/** Rewrites `file` (relative to `specsDir`) with `change` applied to its parsed document. */
export function editSpec(specsDir: string, file: string, change: (doc: Doc) => void): void {
  const target = path.join(specsDir, file);
  const doc = parse(readFileSync(target, 'utf8'));
  change(doc);
  writeFileSync(target, stringify(doc));
}

/** DescribeTask keeps one task-instance filter, named `name` (the real spec lists both names, one an alias). */
export function keepOneBatchFilter(doc: Doc, name: string): void {
  const filters = doc.paths['/DescribeTask'].post['x-cloudexec-operation'].filters;
  const isStateFilter = (f: Doc) => f.name === OLD_FILTER || f.name === NEW_FILTER;
  const documented = filters.names.find((f: Doc) => f.name === OLD_FILTER);
  if (!documented) throw new Error(`specs/${BATCH_SPEC} no longer documents ${OLD_FILTER}: the replay needs a new edit`);
  const { aliasOf: _alias, ...entry } = documented;
  filters.names = [...filters.names.filter((f: Doc) => !isStateFilter(f)), { ...entry, name }];
}

function changeTat(doc: Doc): void {
  const members = doc.components.schemas.InvocationTask.properties;
  if (members[ADDED_FIELD]) throw new Error(`${ADDED_FIELD} already exists on InvocationTask`);
  members[ADDED_FIELD] = { type: 'string', description: 'Replay: new optional member.' };
  const limit = doc.components.schemas[`${TAT_LIMIT.operation}Request`].properties.Limit;
  if (limit.maximum !== TAT_LIMIT.before) throw new Error(`${TAT_LIMIT.operation} Limit maximum is ${limit.maximum}, the replay expects ${TAT_LIMIT.before}`);
  limit.maximum = TAT_LIMIT.after;
}

/** Applies the three edits to the specs directory `specsDir` (a copy: the files are rewritten in place). */
export function applyReplayEdits(specsDir: string): void {
  editSpec(specsDir, BATCH_SPEC, (doc) => keepOneBatchFilter(doc, NEW_FILTER));
  editSpec(specsDir, TAT_SPEC, changeTat);
}
