// Stage 4: every x-cloudexec-* value validates against its definition in specs/extensions.schema.json.
import type { ErrorObject, ValidateFunction } from 'ajv';
import { ajvErrorPath, describeAjvError, usefulErrors, type Ajv } from './ajv.ts';
import { isRecord, joinPointer } from './pointer.ts';
import type { Problem } from './problem.ts';

const PREFIX = 'x-cloudexec-';
/** Where each known extension may appear: document root or an operation. */
const PLACES: Record<string, 'root' | 'operation'> = {
  'x-cloudexec-service': 'root',
  'x-cloudexec-common': 'root',
  'x-cloudexec-operation': 'operation',
};
const KNOWN = [
  ...Object.keys(PLACES),
  'x-cloudexec-unit (inside a schema)',
  'x-cloudexec-content (inside a string schema)',
  'x-cloudexec-drift (on an operation or a schema property)',
];

export interface ExtensionValidators {
  /** Validator for an extension name, undefined when the vocabulary does not define it. */
  get(name: string): ValidateFunction | undefined;
}

/** Compiles the vocabulary; its own problems (not a valid schema) are reported against its file. */
export function compileExtensionSchema(ajv: Ajv, file: string, schema: Record<string, unknown>, problems: Problem[]): ExtensionValidators | undefined {
  const id = typeof schema.$id === 'string' ? schema.$id : 'https://cloudexec.invalid/extensions.schema.json';
  try {
    ajv.addSchema({ ...schema, $id: id });
    ajv.getSchema(id);
  } catch (error) {
    problems.push({ kind: 'extension', file, pointer: '', message: `extension schema is not a valid JSON Schema: ${(error as Error).message}` });
    return undefined;
  }
  const cache = new Map<string, ValidateFunction | undefined>();
  return {
    get(name) {
      if (!cache.has(name)) {
        const pointer = definitionPointer(schema, name);
        cache.set(name, pointer === undefined ? undefined : ajv.compile({ $ref: `${id}#${pointer}` }));
      }
      return cache.get(name);
    },
  };
}

/** Finds the definition of an extension: `properties[name]`, `$defs[name]`, or `$defs` under its short name. */
function definitionPointer(schema: Record<string, unknown>, name: string): string | undefined {
  if (isRecord(schema.properties) && isRecord(schema.properties[name])) return joinPointer('', 'properties', name);
  const defs = isRecord(schema.$defs) ? schema.$defs : {};
  const short = name.slice(PREFIX.length);
  const camel = short.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
  const pascal = camel.charAt(0).toUpperCase() + camel.slice(1);
  for (const key of [name, short, camel, pascal, `${camel}Extension`, `${pascal}Extension`]) {
    if (isRecord(defs[key])) return joinPointer('', '$defs', key);
  }
  return undefined;
}

/**
 * Checks every x-cloudexec-* member of a document. Each value that validates is put in `accepted` under
 * its JSON pointer: spec-model.ts builds the typed model from those and from nothing else.
 */
export function checkExtensions(file: string, doc: Record<string, unknown>, validators: ExtensionValidators, accepted?: Map<string, unknown>): Problem[] {
  const problems: Problem[] = [];
  const operations = operationPointers(doc);
  const visit = (node: unknown, pointer: string): void => {
    if (Array.isArray(node)) node.forEach((item, i) => visit(item, joinPointer(pointer, i)));
    if (!isRecord(node)) return;
    for (const [key, value] of Object.entries(node)) {
      const at = joinPointer(pointer, key);
      if (!key.startsWith(PREFIX)) {
        visit(value, at);
        continue;
      }
      const place = PLACES[key];
      if (place === 'root' && pointer !== '') problems.push({ kind: 'extension', file, pointer: at, message: `${key} belongs at the document root` });
      if (place === 'operation' && !operations.has(pointer))
        problems.push({ kind: 'extension', file, pointer: at, message: `${key} belongs on an operation (paths./{Action}.post)` });
      const validate = validators.get(key);
      if (!validate) {
        problems.push({
          kind: 'extension',
          file,
          pointer: at,
          message: `unknown extension '${key}' (not defined in extensions.schema.json; expected one of ${KNOWN.join(', ')})`,
        });
      } else if (!validate(value)) {
        for (const error of usefulErrors(validate.errors ?? [])) {
          problems.push({ kind: 'extension', file, pointer: at + ajvErrorPath(error), message: `${key} is malformed: ${describeExpected(error)}` });
        }
      } else {
        accepted?.set(at, value);
      }
    }
  };
  visit(doc, '');
  return problems;
}

function operationPointers(doc: Record<string, unknown>): Set<string> {
  const pointers = new Set<string>();
  for (const [path, item] of Object.entries(isRecord(doc.paths) ? doc.paths : {})) {
    if (!isRecord(item)) continue;
    for (const method of Object.keys(item)) pointers.add(joinPointer('', 'paths', path, method));
  }
  return pointers;
}

/**
 * ajv's message with the expected form spelled out: the properties a mapping may have, the values an
 * enum or const allows, the type or pattern wanted, each next to what the spec has. Needs an ajv
 * built with `verbose: true` (check.ts), which puts the failing schema and data on each error.
 */
export function describeExpected(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  const got = error.data === undefined ? '' : `, got ${shortJson(error.data)}`;
  switch (error.keyword) {
    case 'additionalProperties': {
      const declared = isRecord(error.parentSchema) && isRecord(error.parentSchema.properties) ? Object.keys(error.parentSchema.properties) : [];
      const expected = declared.length > 0 ? `; expected one of ${declared.join(', ')}` : '';
      return `unknown property '${String(params.additionalProperty)}' (not declared in the schema${expected})`;
    }
    case 'enum':
      return `must be one of ${JSON.stringify(params.allowedValues)}${got}`;
    case 'const':
      return `must be ${JSON.stringify(params.allowedValue)}${got}`;
    case 'type':
      return `must be ${String(params.type)}${got}`;
    case 'pattern':
      return `must match ${String(params.pattern)}${got}`;
    default:
      return describeAjvError(error);
  }
}

function shortJson(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
