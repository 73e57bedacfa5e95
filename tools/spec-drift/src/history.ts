// Classifies two versions of a vendor definition with spec-diff's detector and rules, as if each were a
// spec: what a spec following the vendor would have had to change, and the semver bump of that change.
import { diffFields, type FieldNode, type SpecChange } from '@cloudexec/spec-diff';
import type { FieldMap } from './facts.ts';
import { snapshotNodes } from './nodes.ts';

export interface FactsVersion {
  request: FieldMap;
  response: FieldMap;
}

function nodes(fields: FieldMap): Map<string, FieldNode> {
  return snapshotNodes(fields, { carries: [] }, new Map());
}

/**
 * A fact one version leaves unstated is taken from the other: tccli only began writing output_required in
 * 2023, and "unknown → true" is a change of the file format, not of the service.
 */
function fillUnknown(fields: FieldMap, other: FieldMap): FieldMap {
  const out: FieldMap = {};
  for (const [path, fact] of Object.entries(fields)) {
    const twin = other[path];
    out[path] = { ...fact, required: fact.required ?? twin?.required, nullable: fact.nullable ?? twin?.nullable };
  }
  return out;
}

export function classifyVersions(operation: string, before: FactsVersion, after: FactsVersion): SpecChange[] {
  const side = (name: 'request' | 'response') =>
    diffFields(name, operation, nodes(fillUnknown(before[name], after[name])), nodes(fillUnknown(after[name], before[name])));
  return [...side('request'), ...side('response')];
}
