// From one Constraint to two inputs: one just past the limit, one at it, each otherwise valid. Paths with
// `[]` are applied to the first element of the list (created from a sample when the base input has none).
// Inputs start from the operation's required parameters as the first example gives them, so no other
// documented limit (e.g. a mutual exclusion) gets in the way.
import type { Constraint, OperationModel } from '@cloudexec/runtime/model';
import { firstBroken, isRecord } from './constraint-oracle.ts';
import { contentOverAndAt } from './content-inputs.ts';
import { filterValueFor, sampleAt, sampleList, schemaAt, textOfLength } from './sample-values.ts';

type Input = Record<string, unknown>;

export interface LimitCase {
  constraint: Constraint;
  /** `token`: only the service can judge it, so the client sends it (and `at` holds no input: see limits.ts). */
  /** `maximum Limit`, `mutuallyExclusive InvocationIds+Filters`. */
  id: string;
  over: Input;
  /** Inputs that sit exactly at the limit (several for enum values, filter names, exclusive parameters). */
  at: Input[];
  /**
   * The constraint the over input is reported under: this one, or an earlier one the same value also breaks
   * (an empty Tag key is first of all a missing one). Undefined would be a suite bug: the case fails on it.
   */
  expected: Constraint | undefined;
}

export function constraintId(c: Constraint): string {
  return c.kind === 'mutuallyExclusive' ? `${c.kind} ${c.paths.join('+')}` : `${c.kind} ${c.path}`;
}

/** The operation's required parameters with their example values (or samples), plus a default RegionId. */
export function baseInput(op: OperationModel, regionId: string | undefined): Input {
  const example = op.examples[0]?.request.input ?? {};
  const required = Array.isArray(op.requestSchema['required']) ? (op.requestSchema['required'] as string[]) : [];
  const input: Input = {};
  const isRegion = (name: string) => op.region.parameter === 'RegionId' && name === 'RegionId' && regionId !== undefined;
  for (const name of required) input[name] = name in example ? structuredClone(example[name]) : isRegion(name) ? regionId : sampleAt(op, name);
  if (op.region.required && input['RegionId'] === undefined && isRegion('RegionId')) input['RegionId'] = regionId;
  // A content's encoding parameter travels with it: the example's content is only valid in the example's encoding.
  for (const c of op.constraints) {
    if (c.kind !== 'contentEncoding' && c.kind !== 'maxContentBytes') continue;
    const encoding = c.kind === 'contentEncoding' ? c.encoding : c.limit.encoding;
    if (typeof encoding === 'object' && encoding.parameter in example && c.path in input)
      input[encoding.parameter] = structuredClone(example[encoding.parameter]);
  }
  return input;
}

/** Sets (or with `remove`, deletes) the value at `path`, in the first element of every list on the way. */
export function withValue(op: OperationModel, input: Input, path: string, value: unknown, remove = false): Input {
  const out = structuredClone(input);
  const segments = path.split('.');
  let node: Input = out;
  let prefix = '';
  segments.forEach((segment, index) => {
    const leaf = index === segments.length - 1;
    const key = segment.endsWith('[]') ? segment.slice(0, -2) : segment;
    prefix = prefix ? `${prefix}.${key}` : key;
    if (!segment.endsWith('[]')) {
      if (leaf) {
        if (remove) delete node[key];
        else node[key] = value;
        return;
      }
      if (!isRecord(node[key])) node[key] = sampleAt(op, prefix);
      node = node[key] as Input;
      return;
    }
    // `Tag[]`: work on element 0 of the list.
    if (!Array.isArray(node[key]) || (node[key] as unknown[]).length === 0) node[key] = [sampleAt(op, `${prefix}[]`)];
    const list = node[key] as unknown[];
    prefix = `${prefix}[]`;
    if (leaf) {
      if (remove) list.splice(0, 1);
      else list[0] = value;
      return;
    }
    if (!isRecord(list[0])) list[0] = sampleAt(op, prefix);
    node = list[0] as Input;
  });
  return out;
}

/** Drops the other members of any mutual-exclusion group the path belongs to. */
function clearExclusive(op: OperationModel, input: Input, path: string): Input {
  const root = path.split('.')[0]?.replace(/\[\]$/, '') ?? path;
  const out = { ...input };
  for (const c of op.constraints) {
    if (c.kind !== 'mutuallyExclusive' || !c.paths.includes(root)) continue;
    for (const other of c.paths) if (other !== root) delete out[other];
  }
  return out;
}

function wrongType(type: string): unknown {
  return type === 'string' ? 12345 : type === 'object' ? 'not-an-object' : type === 'array' ? 'not-a-list' : type === 'boolean' ? 'maybe' : 'abc';
}

/** `[over, at…]` for one constraint. */
function overAndAt(op: OperationModel, base: Input, c: Constraint): [Input, Input[]] {
  if (c.kind === 'additionalProperties') {
    const member = c.path === '' ? 'ContractUnknown' : `${c.path}.ContractUnknown`;
    // A list of objects gets a one-element list; an object member gets the object itself.
    const sample = sampleAt(op, c.path);
    const at = c.path === '' ? base : withValue(op, base, c.path.replace(/\[\]$/, ''), c.path.endsWith('[]') ? [sample] : sample);
    return [withValue(op, c.path === '' ? base : at, member, 'contract'), [at]];
  }
  if (c.kind === 'mutuallyExclusive') {
    let both = base;
    for (const path of c.paths) both = withValue(op, both, path, sampleAt(op, path));
    return [both, c.paths.map((path) => withValue(op, base, path, sampleAt(op, path)))];
  }
  const b = clearExclusive(op, base, c.path);
  const set = (value: unknown) => withValue(op, b, c.path, value);
  const content = contentOverAndAt(c, sampleAt(op, c.path), set, (input, path, value) => withValue(op, input, path, value, value === undefined));
  if (content) return content;
  const declared = schemaAt(op.requestSchema, c.path)['type'];
  const isInteger = declared === 'integer' || (Array.isArray(declared) && declared.includes('integer'));
  switch (c.kind) {
    case 'required':
      return [withValue(op, b, c.path, undefined, true), [set(sampleAt(op, c.path))]];
    case 'type':
      return [set(wrongType(c.type)), [set(sampleAt(op, c.path))]];
    case 'minimum':
      return [set(c.limit - (isInteger ? 1 : 0.5)), [set(c.limit)]];
    case 'maximum':
      return [set(c.limit + (isInteger ? 1 : 0.5)), [set(c.limit)]];
    case 'minItems':
      return [set(sampleList(op, c.path, c.limit - 1)), [set(sampleList(op, c.path, c.limit))]];
    case 'maxItems':
      return [set(sampleList(op, c.path, c.limit + 1)), [set(sampleList(op, c.path, c.limit))]];
    case 'minLength':
      return [set(textOfLength(c.limit - 1)), [set(textOfLength(c.limit))]];
    case 'maxLength':
      return [set(textOfLength(c.limit + 1)), [set(textOfLength(c.limit))]];
    case 'enum':
      return [set(typeof c.values[0] === 'number' ? Math.max(...(c.values as number[])) + 1 : 'contract-not-listed'), c.values.map(set)];
    case 'filterName':
      return [
        set([{ Name: 'contract-unknown-filter', Values: ['contract-value'] }]),
        c.names.map((name) => set([{ Name: name, Values: [filterValueFor(op, name)] }])),
      ];
    case 'filterValue': {
      const lists = Object.entries(c.values);
      const [name] = lists[0] ?? ['contract-filter'];
      const at = lists.flatMap(([listed, values]) => values.map((value) => set([{ Name: listed, Values: [value] }])));
      return [set([{ Name: name, Values: ['contract-not-listed'] }]), at];
    }
    case 'uniqueKeys': {
      const distinct = sampleList(op, c.path, 2) as Array<Record<string, unknown>>;
      const repeated = distinct.map((item) => ({ ...item, [c.key]: distinct[0]?.[c.key] }));
      return [set(repeated), [set(distinct)]];
    }
    case 'pattern':
      return [set('contract malformed!'), [set(sampleAt(op, c.path))]];
    case 'token':
      return [set('contract-foreign-token'), []];
    default:
      throw new Error(`no limit inputs for constraint kind ${(c as { kind: string }).kind}`);
  }
}

export function limitCases(op: OperationModel, regionId: string | undefined): LimitCase[] {
  const base = baseInput(op, regionId);
  return op.constraints.map((constraint) => {
    const [over, at] = overAndAt(op, base, constraint);
    return { constraint, id: constraintId(constraint), over, at, expected: firstBroken(over, op.constraints) };
  });
}
