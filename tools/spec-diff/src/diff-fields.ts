// Compares the flattened fields of one side (request or response) of one operation.
import { change, type SpecChange } from './change.ts';
import { deepEqual, show, stableStringify } from './json.ts';
import type { ChangeKind } from './rules.ts';
import type { FieldNode } from './schema-fields.ts';

export type Side = 'request' | 'response';

const UPPER_LIMITS = new Set(['maximum', 'exclusiveMaximum', 'maxItems', 'maxLength', 'maxProperties']);
const LOWER_LIMITS = new Set(['minimum', 'exclusiveMinimum', 'minItems', 'minLength', 'minProperties']);
/** Keywords whose appearance or change restricts values and whose removal relaxes them. */
const RESTRICTIONS = new Set(['pattern', 'multipleOf', 'uniqueItems', 'const']);
const DESCRIPTIONS = new Set(['description', 'title', 'summary']);
const EXAMPLES = new Set(['example', 'examples']);

export function diffFields(side: Side, operation: string, before: Map<string, FieldNode>, after: Map<string, FieldNode>): SpecChange[] {
  const changes: SpecChange[] = [];
  const emit = (kind: ChangeKind, message: string) => changes.push(change(kind, `${side} ${message}`, operation));

  // Only the top-most added or removed path is reported: a removed object implies its fields.
  const removed = [...before.values()].filter((n) => !after.has(n.path) && (n.parent === undefined || after.has(n.parent)));
  const added = [...after.values()].filter((n) => !before.has(n.path) && (n.parent === undefined || before.has(n.parent)));
  const renamedTo = pairRenames(removed, added);

  for (const node of removed) {
    const target = renamedTo.get(node);
    if (target !== undefined) {
      emit(
        side === 'request' ? 'request-field-renamed' : 'response-field-renamed',
        `${code(node.path)} renamed to ${code(target.path)} (${node.types.join(' | ')})`,
      );
    } else {
      emit(side === 'request' ? 'request-field-removed' : 'response-field-removed', `${code(node.path)} removed`);
    }
  }
  const renameTargets = new Set(renamedTo.values());
  for (const node of added) {
    if (renameTargets.has(node)) continue;
    const kind = side === 'response' ? 'response-field-added' : node.required ? 'request-field-added-required' : 'request-field-added-optional';
    emit(kind, `${code(node.path)} added (${node.required ? 'required' : 'optional'}, ${node.types.join(' | ')})`);
  }
  for (const [fieldPath, old] of before) {
    const now = after.get(fieldPath);
    if (now !== undefined) compareNode(side, old, now, before, after, emit);
  }
  return changes;
}

/** A removed and an added field with the same parent and the same type are read as a rename. */
function pairRenames(removed: FieldNode[], added: FieldNode[]): Map<FieldNode, FieldNode> {
  const pairs = new Map<FieldNode, FieldNode>();
  const taken = new Set<FieldNode>();
  for (const old of removed) {
    const match = added.find((n) => !taken.has(n) && n.parent === old.parent && deepEqual(n.types, old.types));
    if (match === undefined) continue;
    pairs.set(old, match);
    taken.add(match);
  }
  return pairs;
}

type Emit = (kind: ChangeKind, message: string) => void;

function compareNode(side: Side, old: FieldNode, now: FieldNode, before: Map<string, FieldNode>, after: Map<string, FieldNode>, emit: Emit): void {
  const label = code(now.path);
  const isItem = now.name === '[]' || now.name === '{}';
  const parentRetyped = now.parent !== undefined && !deepEqual(before.get(now.parent)?.types, after.get(now.parent)?.types);
  if (!deepEqual(old.types, now.types) && !(isItem && parentRetyped)) {
    const widened = old.types.every((t) => now.types.includes(t));
    const narrowed = now.types.every((t) => old.types.includes(t));
    const kind =
      side === 'request' ? (widened ? 'request-field-widened' : 'request-field-retyped') : narrowed ? 'response-field-narrowed' : 'response-field-retyped';
    emit(kind, `${label} type ${old.types.join(' | ')} → ${now.types.join(' | ')}`);
  }
  if (!isItem && old.required !== now.required) {
    const kind =
      side === 'request'
        ? now.required
          ? 'request-field-made-required'
          : 'request-field-made-optional'
        : now.required
          ? 'response-field-made-required'
          : 'response-field-made-optional';
    emit(kind, `${label} ${now.required ? 'now required' : 'now optional'}`);
  }
  const keys = new Set([...Object.keys(old.keywords), ...Object.keys(now.keywords)]);
  for (const key of [...keys].sort()) {
    const a = old.keywords[key];
    const b = now.keywords[key];
    if (deepEqual(a, b)) continue;
    compareKeyword(side, label, key, a, b, emit);
  }
}

function compareKeyword(side: Side, label: string, key: string, a: unknown, b: unknown, emit: Emit): void {
  if (key === 'enum') return compareEnum(side, label, a, b, emit);
  if (DESCRIPTIONS.has(key)) return emit('description-changed', `${label} ${key} changed`);
  if (key === 'x-cloudexec-drift') return emit('drift-acknowledgement-changed', `${label} ${key} changed`);
  if (EXAMPLES.has(key)) return emit('examples-changed', `${label} ${key} ${show(a)} → ${show(b)}`);
  const message = `${label} ${key} ${show(a)} → ${show(b)}`;
  const isLimit = UPPER_LIMITS.has(key) || LOWER_LIMITS.has(key) || RESTRICTIONS.has(key);
  if ((isLimit || key === 'default') && side === 'response') return emit('response-constraint-changed', message);
  if (key === 'default') return emit(a !== undefined && b !== undefined ? 'request-default-changed' : 'request-default-documented', message);
  if (isLimit) return emit(isTightened(key, a, b) ? 'request-limit-tightened' : 'request-limit-loosened', message);
  emit('field-keyword-changed', message);
}

function isTightened(key: string, a: unknown, b: unknown): boolean {
  if (b === undefined) return false;
  if (a === undefined) return true;
  if (UPPER_LIMITS.has(key)) return Number(b) < Number(a);
  if (LOWER_LIMITS.has(key)) return Number(b) > Number(a);
  return true;
}

function compareEnum(side: Side, label: string, a: unknown, b: unknown, emit: Emit): void {
  const oldValues = Array.isArray(a) ? a : [];
  const newValues = Array.isArray(b) ? b : [];
  const oldKeys = new Set(oldValues.map(stableStringify));
  const newKeys = new Set(newValues.map(stableStringify));
  // An enum that appears restricts a free value; one that disappears frees it.
  if (a === undefined) return emit(side === 'request' ? 'request-limit-tightened' : 'response-field-narrowed', `${label} enum (none) → ${show(b)}`);
  if (b === undefined) return emit(side === 'request' ? 'request-limit-loosened' : 'response-field-retyped', `${label} enum ${show(a)} → (none)`);
  for (const value of newValues) {
    if (!oldKeys.has(stableStringify(value))) emit(`${side}-enum-value-added`, `${label} enum value ${show(value)} added`);
  }
  for (const value of oldValues) {
    if (!newKeys.has(stableStringify(value))) emit(`${side}-enum-value-removed`, `${label} enum value ${show(value)} removed`);
  }
}

function code(text: string): string {
  return text === '' ? 'body' : `\`${text}\``;
}
