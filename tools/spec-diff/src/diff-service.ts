// Diffs one provider package's specs (service file + provider common file) between two snapshots.
import { change, packageBump, sortChanges, type PackageDiff, type SpecChange } from './change.ts';
import { diffDocument, reachableSchemas } from './diff-document.ts';
import { diffFields } from './diff-fields.ts';
import { diffOperationExtension } from './diff-operation-extension.ts';
import { deepEqual, show, type JsonObject } from './json.ts';
import { operationsOf, requestSchemaOf, responseSchemaOf, type OperationEntry } from './operations.ts';
import type { DocumentSet } from './refs.ts';
import { flattenSchema } from './schema-fields.ts';
import type { ServiceSpec } from './spec-set.ts';

const EXTENSION = 'x-cloudexec-operation';
/** Operation keys compared elsewhere (or identity). */
const HANDLED = new Set(['operationId', 'requestBody', 'responses', EXTENSION]);

export function diffService(before: ServiceSpec | undefined, after: ServiceSpec | undefined): PackageDiff | undefined {
  const spec = after ?? before;
  if (spec === undefined) return undefined;
  const oldOps = before === undefined ? new Map<string, OperationEntry>() : operationsOf(before.specFile, docOf(before));
  const newOps = after === undefined ? new Map<string, OperationEntry>() : operationsOf(after.specFile, docOf(after));
  const changes: SpecChange[] = [];

  for (const id of newOps.keys()) if (!oldOps.has(id)) changes.push(change('operation-added', 'operation added', id));
  for (const id of oldOps.keys()) if (!newOps.has(id)) changes.push(change('operation-removed', 'operation removed', id));
  for (const [id, old] of oldOps) {
    const now = newOps.get(id);
    if (now !== undefined && before !== undefined && after !== undefined) {
      changes.push(...diffOperation(id, before.documents, old, after.documents, now));
    }
  }
  // Whole-file additions or removals are already covered by the operation changes.
  if (before !== undefined && after !== undefined) changes.push(...diffOutsideOperations(before, after));

  const bump = packageBump(changes);
  if (bump === undefined) return undefined;
  // Only the files that changed: a service edit leaves the provider's common file alone, and a changeset
  // naming it would send a reviewer looking for a change that is not there.
  const specFiles = [spec.specFile, ...(spec.commonFile === undefined ? [] : [spec.commonFile])].filter(
    (file) => before === undefined || after === undefined || !deepEqual(before.documents.get(file), after.documents.get(file)),
  );
  return { packageName: spec.packageName, specFiles, bump, changes: sortChanges(changes) };
}

function diffOperation(id: string, oldDocs: DocumentSet, old: OperationEntry, newDocs: DocumentSet, now: OperationEntry): SpecChange[] {
  const changes = [
    ...diffFields('request', id, flattenSchema(oldDocs, requestSchemaOf(oldDocs, old)), flattenSchema(newDocs, requestSchemaOf(newDocs, now))),
    ...diffFields('response', id, flattenSchema(oldDocs, responseSchemaOf(oldDocs, old)), flattenSchema(newDocs, responseSchemaOf(newDocs, now))),
    ...diffOperationExtension(id, old.operation[EXTENSION], now.operation[EXTENSION]),
  ];
  for (const key of [...new Set([...Object.keys(old.operation), ...Object.keys(now.operation)])].sort()) {
    const a = old.operation[key];
    const b = now.operation[key];
    if (HANDLED.has(key) || deepEqual(a, b)) continue;
    if (key === 'summary' || key === 'description') changes.push(change('description-changed', `operation ${key} changed`, id));
    else if (key === 'x-cloudexec-drift') changes.push(change('drift-acknowledgement-changed', `operation ${key} changed`, id));
    else changes.push(change('operation-metadata-changed', `operation ${key} ${show(a)} → ${show(b)}`, id));
  }
  // Request/response wrappers: their schemas are compared field by field above, the rest here.
  for (const key of ['requestBody', 'responses']) {
    const a = withoutSchemas(old.operation[key]);
    const b = withoutSchemas(now.operation[key]);
    if (deepEqual(a, b)) continue;
    const text = JSON.stringify([a, b]);
    const kind = /"examples?"/.test(text) ? 'examples-changed' : 'description-changed';
    changes.push(change(kind, `operation ${key} ${kind === 'examples-changed' ? 'examples' : 'texts'} changed`, id));
  }
  return changes;
}

function withoutSchemas(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSchemas);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'schema')
      .map(([key, v]) => [key, withoutSchemas(v)]),
  );
}

function diffOutsideOperations(before: ServiceSpec, after: ServiceSpec): SpecChange[] {
  const oldReach = reachableSchemas(before.documents, before.specFile);
  const newReach = reachableSchemas(after.documents, after.specFile);
  const changes: SpecChange[] = [];
  const files = [after.specFile, ...(after.commonFile === undefined ? [] : [after.commonFile])];
  if (before.commonFile !== undefined && !files.includes(before.commonFile)) files.push(before.commonFile);
  for (const file of files) {
    const skip = new Set([...(oldReach.get(file) ?? []), ...(newReach.get(file) ?? [])]);
    changes.push(...diffDocument(file.replace(/^specs\//, ''), before.documents.get(file), after.documents.get(file), skip));
  }
  return changes;
}

function docOf(spec: ServiceSpec): JsonObject {
  const doc = spec.documents.get(spec.specFile);
  if (doc === undefined) throw new Error(`spec-diff: ${spec.specFile} missing from its snapshot`);
  return doc;
}
