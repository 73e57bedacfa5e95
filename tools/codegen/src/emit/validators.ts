// validators.gen.ts: one `validate<Action>Request(input)` per operation, compiled from the model's constraint
// list into straight-line checks (plain loops over `Filters[].Values`, no schema library at run time). The
// checks mirror the mock engine's reading of each constraint (null/undefined skip value checks, '' counts as
// missing, lengths count code points) so a client and the mock reject the same inputs.
import type { Constraint, OperationModel, ServiceModel } from '@cloudexec/runtime/model';
import { CodegenError } from '../load/codegen-error.ts';
import {
  camelCase,
  generatedPath,
  importLine,
  indentLines,
  isIdentifier,
  jsDoc,
  pascalCase,
  quote,
  tsFile,
  type EmitContext,
  type GeneratedFile,
} from './helpers.ts';
import { operationNames, sortedOperations } from './operations.ts';
import { HELPER_NAMES } from './validator-helpers.ts';

const INDEX_NAMES = ['i', 'j', 'k', 'l', 'm', 'n'];
const TAKEN = new Set(['params', 'fail', 'input', 'value', 'name', ...HELPER_NAMES, ...INDEX_NAMES]);
const RESERVED_WORDS = new Set(
  'break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface package private protected public await'.split(
    ' ',
  ),
);

export function emitValidators(model: ServiceModel, ctx: EmitContext): GeneratedFile[] {
  const used = new Set<string>(['validationFailure', 'asRequestParams']);
  const lists: string[] = [];
  const functions = sortedOperations(model).map((op) => validatorFunction(op, model, used, lists));
  const body = [importLine(used, ctx.runtimeImport), ...lists.flatMap((list) => ['', list]), ...functions.flatMap((fn) => ['', fn])];
  return [{ path: generatedPath('validators'), contents: tsFile(model.specFile, body) }];
}


function validatorFunction(op: OperationModel, model: ServiceModel, used: Set<string>, lists: string[]): string {
  const listNames = new Set<string>();
  const names = operationNames(op, model);
  const listName = (suffix: string): string => `${camelCase(op.action)}${suffix}`;
  /** Hoists a constant (`value` is its initializer) under a name unique within the operation. */
  const addConstant = (suffix: string, doc: string, value: string): string => {
    let name = listName(suffix);
    for (let n = 2; listNames.has(name); n++) name = `${listName(suffix)}${n}`;
    listNames.add(name);
    lists.push([jsDoc([doc]), `const ${name} = ${value};`].join('\n'));
    return name;
  };
  const hoist: Hoist = {
    list: (suffix, doc, values) => addConstant(suffix, doc, `[${values.map(literal).join(', ')}]`),
    map: (suffix, doc, entries) => {
      const rows = Object.entries(entries).map(([key, values]) => `  [${quote(key)}, [${values.map(literal).join(', ')}]],`);
      return addConstant(suffix, doc, ['new Map<string, readonly string[]>([', ...rows, '])'].join('\n'));
    },
  };
  const lines: string[] = [`const fail = validationFailure(${quote(op.action)});`, 'const params = asRequestParams(input, fail);'];
  lines.push(...renderChecks(op.constraints.flatMap((constraint) => constraintCheck(constraint, op, used, hoist))));
  return [
    jsDoc([
      `Checks a ${op.action} input against its documented limits before anything is sent.`,
      '@throws ValidationError naming the first parameter (with its index) that breaks one, the constraint, the limit and the value.',
    ]),
    `export function ${names.validator}(input: unknown): void {`,
    indentLines(lines.join('\n')),
    '}',
  ].join('\n');
}

/** Hoists value lists and filter-value maps out of the functions, returning the constant's name. */
interface Hoist {
  list(suffix: string, doc: string, values: ReadonlyArray<string | number | boolean>): string;
  map(suffix: string, doc: string, entries: Readonly<Record<string, readonly string[]>>): string;
}

/** One check line inside the loops/ifs (`opened`) that reach its value. */
interface Check {
  opened: string[];
  line: string;
}

/** Adjacent checks under the same loops share them; order is the model's. */
function renderChecks(checks: Check[]): string[] {
  const lines: string[] = [];
  checks.forEach((check, index) => {
    const previous = checks[index - 1];
    const next = checks[index + 1];
    const shared = (other: Check | undefined): boolean => other !== undefined && other.opened.join('\n') === check.opened.join('\n');
    if (!shared(previous)) lines.push(...check.opened.map((line, level) => '  '.repeat(level) + line));
    lines.push('  '.repeat(check.opened.length) + check.line);
    if (!shared(next)) for (let level = check.opened.length - 1; level >= 0; level--) lines.push(`${'  '.repeat(level)}}`);
  });
  return lines;
}

function constraintCheck(c: Constraint, op: OperationModel, used: Set<string>, hoist: Hoist): Check[] {
  switch (c.kind) {
    case 'mutuallyExclusive':
      return exclusiveChecks(c.paths, op, used);
    case 'token':
      // Only the service knows which tokens it issued; the mock engine checks this one.
      return [];
    case 'additionalProperties':
      return unknownMemberChecks(c, op, used, hoist);
    case 'filterName': {
      used.add('isOneOf');
      const names = hoist.list(`${pascalCase(c.path)}Names`, `Filter names ${op.action} documents for \`${c.path}\`.`, c.names);
      return compilePath(`${c.path}[].Name`, used, (value, path) => `if (!isOneOf(${value}, ${names})) fail(${path}, 'filterName', ${names}, ${value});`);
    }
    case 'filterValue': {
      used.add('isFilterValue');
      const lists = hoist.map(`${pascalCase(c.path)}Values`, `Values ${op.action} accepts per filter name in \`${c.path}\` (names not listed take any value).`, c.values);
      return compilePath(`${c.path}[].Values[]`, used, (value, path, scope) => {
        const name = member(scope.items.at(-1) ?? 'params', 'Name');
        return `if (${value} != null && !isFilterValue(${name}, ${value}, ${lists})) fail(${path}, 'filterValue', ${lists}.get(String(${name})), ${value});`;
      });
    }
    case 'uniqueKeys':
      used.add('repeatsEarlierKey');
      return compilePath(`${c.path}[].${c.key}`, used, (value, path, scope) => {
        const [list, index] = [scope.lists.at(-1) ?? 'params', scope.indexes.at(-1) ?? '0'];
        return `if (repeatsEarlierKey(${list}, ${index}, ${quote(c.key)})) fail(${path}, 'uniqueKeys', ${quote(c.key)}, ${value});`;
      });
    case 'enum': {
      used.add('isOneOf');
      const values = hoist.list(`${pascalCase(c.path)}Values`, `Values ${op.action} accepts for \`${c.path}\`.`, c.values);
      return compilePath(c.path, used, (value, path) => `if (${value} != null && !isOneOf(${value}, ${values})) fail(${path}, 'enum', ${values}, ${value});`);
    }
    default:
      return compilePath(c.path, used, (value, path) => {
        const [condition, limit] = violated(c, value, used);
        return `if (${condition}) fail(${path}, '${c.kind}', ${limit}, ${value});`;
      });
  }
}

/** `rejectUnknownMembers` on the request itself, or on each object at a nested path (`Filters[]`). */
function unknownMemberChecks(c: Extract<Constraint, { kind: 'additionalProperties' }>, op: OperationModel, used: Set<string>, hoist: Hoist): Check[] {
  used.add('rejectUnknownMembers');
  if (c.path === '') {
    const known = hoist.list('Parameters', `Every parameter ${op.action} defines.`, c.allowed);
    return [{ opened: [], line: `rejectUnknownMembers(params, ${known}, fail);` }];
  }
  used.add('isRecord');
  const known = hoist.list(`${pascalCase(c.path)}Members`, `Every member ${op.action} defines for \`${c.path}\`.`, c.allowed);
  return compilePath(c.path, used, (value, path) => `if (isRecord(${value})) rejectUnknownMembers(${value}, ${known}, fail, ${path});`);
}

/** The condition under which `value` breaks the constraint, and the limit to report. */
function violated(
  c: Exclude<Constraint, { kind: 'mutuallyExclusive' | 'filterName' | 'filterValue' | 'uniqueKeys' | 'token' | 'additionalProperties' | 'enum' }>,
  value: string,
  used: Set<string>,
): [string, string] {
  switch (c.kind) {
    case 'required':
      used.add('isPresent');
      return [`!isPresent(${value})`, 'undefined'];
    case 'type':
      return [`${value} != null && ${typeMismatch(c.type, value, used)}`, quote(c.type)];
    case 'minimum':
      return [`typeof ${value} === 'number' && ${value} < ${c.limit}`, String(c.limit)];
    case 'maximum':
      return [`typeof ${value} === 'number' && ${value} > ${c.limit}`, String(c.limit)];
    case 'minItems':
      return [`Array.isArray(${value}) && ${value}.length < ${c.limit}`, String(c.limit)];
    case 'maxItems':
      return [`Array.isArray(${value}) && ${value}.length > ${c.limit}`, String(c.limit)];
    case 'minLength':
      return [`typeof ${value} === 'string' && [...${value}].length < ${c.limit}`, String(c.limit)];
    case 'maxLength':
      return [`typeof ${value} === 'string' && [...${value}].length > ${c.limit}`, String(c.limit)];
  }
}

function typeMismatch(type: Extract<Constraint, { kind: 'type' }>['type'], value: string, used: Set<string>): string {
  switch (type) {
    case 'integer':
      return `!Number.isInteger(${value})`;
    case 'number':
      return `!Number.isFinite(${value})`;
    case 'array':
      return `!Array.isArray(${value})`;
    case 'object':
      used.add('isRecord');
      return `!isRecord(${value})`;
    default:
      return `typeof ${value} !== '${type}'`;
  }
}

/** Pairwise, so the error names the second parameter given and the one it conflicts with. */
function exclusiveChecks(paths: readonly string[], op: OperationModel, used: Set<string>): Check[] {
  const nested = paths.find((path) => !isIdentifier(path) && /[.[]/.test(path));
  if (nested) throw new CodegenError(`${op.action}: mutually exclusive parameter ${nested} is nested; only top-level parameters are supported`);
  used.add('isPresent');
  const lines: Check[] = [];
  paths.forEach((first, index) => {
    for (const second of paths.slice(index + 1)) {
      const a = member('params', first);
      const b = member('params', second);
      lines.push({ opened: [], line: `if (isPresent(${a}) && isPresent(${b})) fail(${quote(second)}, 'mutuallyExclusive', ${quote(first)}, ${b});` });
    }
  });
  return lines;
}

/**
 * Compiles a ParamPath into loops and one check line. `Filters[].Values` → a loop over the object elements of
 * `params.Filters` (index `i`) and a check of `filter.Values` reported as `Filters[${i}].Values`. A trailing `[]`
 * checks every element (`Filters[].Values[]`). Non-list objects on the way are entered only when present.
 */
function compilePath(path: string, used: Set<string>, check: (value: string, path: string, scope: Scope) => string): Check[] {
  const segments = path.split('.').map((segment) => ({ key: segment.replace(/\[\]$/, ''), each: segment.endsWith('[]') }));
  const opened: string[] = [];
  const scope: Scope = { items: [], lists: [], indexes: [] };
  const taken = new Set(TAKEN);
  let parent = 'params';
  let reported = '';
  let depth = 0;
  const join = (part: string): string => (reported === '' ? part : `${reported}.${part}`);
  segments.forEach((segment, index) => {
    const last = index === segments.length - 1;
    const access = member(parent, segment.key);
    if (segment.each) {
      const indexName = INDEX_NAMES[depth] ?? `i${depth}`;
      depth += 1;
      reported = join(`${segment.key}[\${${indexName}}]`);
      const item = last ? 'value' : itemName(segment.key, taken);
      const helper = last ? 'listEntries' : 'listRecords';
      used.add(helper);
      opened.push(`for (const [${indexName}, ${item}] of ${helper}(${access})) {`);
      scope.lists.push(access);
      scope.indexes.push(indexName);
      if (!last) scope.items.push(item);
      parent = item;
    } else if (last) {
      reported = join(segment.key);
      parent = access;
    } else {
      used.add('isRecord');
      reported = join(segment.key);
      opened.push(`if (isRecord(${access})) {`);
      parent = access;
    }
  });
  const reportedPath = reported.includes('${') ? `\`${reported}\`` : quote(reported);
  return [{ opened, line: check(parent, reportedPath, scope) }];
}

/** What the loops around a check expose: object elements entered, the lists looped over and their indexes, outermost first. */
interface Scope {
  items: string[];
  lists: string[];
  indexes: string[];
}

/** `params.Limit`, `params['Parameter-Map']`. */
function member(object: string, key: string): string {
  return isIdentifier(key) ? `${object}.${key}` : `${object}[${quote(key)}]`;
}

/** `Filters` → `filter`, `Tag` → `tag`: a readable loop variable that shadows nothing. */
function itemName(key: string, taken: Set<string>): string {
  const base = camelCase(key.replace(/[^A-Za-z0-9_$]/g, '')) || 'item';
  let name = /[^s]s$/.test(base) ? base.slice(0, -1) : base;
  if (!isIdentifier(name) || RESERVED_WORDS.has(name) || taken.has(name)) name = `${name}Item`;
  for (let n = 2; taken.has(name); n++) name = `${name.replace(/\d+$/, '')}${n}`;
  taken.add(name);
  return name;
}

function literal(value: string | number | boolean): string {
  return typeof value === 'string' ? quote(value) : String(value);
}
