// Stage 4: every x-cloudexec-* value validates against its definition in specs/extensions.schema.json.
import type { ValidateFunction } from 'ajv';
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

export function checkExtensions(file: string, doc: Record<string, unknown>, validators: ExtensionValidators): Problem[] {
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
      if (place === 'operation' && !operations.has(pointer)) problems.push({ kind: 'extension', file, pointer: at, message: `${key} belongs on an operation (paths./{Action}.post)` });
      const validate = validators.get(key);
      if (!validate) {
        problems.push({ kind: 'extension', file, pointer: at, message: `unknown extension '${key}' (not defined in extensions.schema.json)` });
      } else if (!validate(value)) {
        for (const error of usefulErrors(validate.errors ?? [])) {
          problems.push({ kind: 'extension', file, pointer: at + ajvErrorPath(error), message: `${key} is malformed: ${describeAjvError(error)}` });
        }
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

