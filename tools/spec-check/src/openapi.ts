// Stage 1: OpenAPI 3.1 validity (@seriousme/openapi-schema-validator), then every schema object
// against the JSON Schema 2020-12 meta-schema, which the OpenAPI schema itself leaves unchecked.
import { Validator } from '@seriousme/openapi-schema-validator';
import { ajvErrorPath, createAjv, describeAjvError, usefulErrors, type Ajv } from './ajv.ts';
import { isRecord, joinPointer } from './pointer.ts';
import type { Problem } from './problem.ts';
import { resolveRef, type DocIndex, type Location } from './refs.ts';

/**
 * Each Validator compiles the OpenAPI meta-schema on first use (tens of ms per document); one compiled
 * copy per version serves every document of the run. getAjvValidator is the library's internal hook
 * (pinned 2.11.0): were it renamed, each Validator would simply compile its own again.
 */
const compiledOpenApiSchemas = new Map<string, unknown>();
class SharedSchemaValidator extends Validator {
  getAjvValidator(version: string): unknown {
    if (!compiledOpenApiSchemas.has(version)) {
      const own = (Validator.prototype as unknown as { getAjvValidator(this: Validator, v: string): unknown }).getAjvValidator;
      compiledOpenApiSchemas.set(version, own.call(this, version));
    }
    return compiledOpenApiSchemas.get(version);
  }
}

/** The 2020-12 meta-schema, likewise compiled once. */
let metaSchemaAjv: Ajv | undefined;

export async function checkOpenApi(source: { path: string; file: string }, doc: Record<string, unknown>, index: DocIndex): Promise<Problem[]> {
  const at: Location = { path: source.path, file: source.file, pointer: '' };
  const problems: Problem[] = [];
  const problem = (pointer: string, message: string) => problems.push({ kind: 'openapi', file: at.file, pointer, message });

  const validator = new SharedSchemaValidator({ allErrors: true });
  for (const prefix of externalRefPrefixes(doc)) {
    const target = resolveRef(`${prefix}#`, at, index);
    if (target) await validator.addSpecRef(structuredClone(target.value as Record<string, unknown>), prefix);
  }
  const result = await validator.validate(structuredClone(doc));
  if (!result.valid) {
    if (typeof result.errors === 'string') {
      const unresolved = /^Can't resolve (.+?)(, only internal refs are supported\.)?$/.exec(result.errors);
      if (unresolved?.[1]) {
        for (const pointer of findRefs(doc, unresolved[1])) problem(pointer, `$ref '${unresolved[1]}' does not resolve`);
      } else if (result.errors.startsWith('Cannot find supported')) {
        const got = typeof doc.openapi === 'number' ? `YAML read the unquoted ${doc.openapi} as a number; quote it` : `got ${JSON.stringify(doc.openapi)}`;
        problem('/openapi', `not an OpenAPI document: 'openapi' must be a version string such as '3.1.0' (${got})`);
      } else {
        problem('', result.errors);
      }
    } else {
      for (const error of usefulErrors(result.errors ?? [])) problem(ajvErrorPath(error), `not valid OpenAPI 3.1: ${describeAjvError(error)}`);
    }
  }
  problems.push(...checkSchemaObjects(at.file, doc, (metaSchemaAjv ??= createAjv())));
  return problems;
}

/** Each schema (components.schemas and media-type/parameter schemas) must itself be a valid 2020-12 schema. */
export function checkSchemaObjects(file: string, doc: Record<string, unknown>, ajv: Ajv): Problem[] {
  const problems: Problem[] = [];
  for (const { pointer, schema } of schemaObjects(doc)) {
    if (typeof schema === 'boolean') continue;
    if (!isRecord(schema)) {
      problems.push({ kind: 'schema', file, pointer, message: 'a schema must be an object or a boolean' });
      continue;
    }
    if (ajv.validateSchema(schema)) continue;
    for (const error of usefulErrors(ajv.errors ?? [])) {
      problems.push({ kind: 'schema', file, pointer: pointer + ajvErrorPath(error), message: `not a valid JSON Schema: ${describeAjvError(error)}` });
    }
  }
  return problems;
}

function schemaObjects(doc: Record<string, unknown>): Array<{ pointer: string; schema: unknown }> {
  const found: Array<{ pointer: string; schema: unknown }> = [];
  const components = isRecord(doc.components) && isRecord(doc.components.schemas) ? doc.components.schemas : {};
  for (const [name, schema] of Object.entries(components)) found.push({ pointer: joinPointer('', 'components', 'schemas', name), schema });
  // Inline schemas sit under `schema` keys of media types and parameters anywhere below paths.
  const visit = (node: unknown, pointer: string): void => {
    if (Array.isArray(node)) node.forEach((item, i) => visit(item, joinPointer(pointer, i)));
    if (!isRecord(node)) return;
    for (const [key, child] of Object.entries(node)) {
      if (key.startsWith('x-')) continue;
      if (key === 'schema') found.push({ pointer: joinPointer(pointer, key), schema: child });
      else visit(child, joinPointer(pointer, key));
    }
  };
  visit(doc.paths, '/paths');
  return found;
}

function externalRefPrefixes(doc: unknown): Set<string> {
  const prefixes = new Set<string>();
  walk(doc, '', (node) => {
    if (typeof node.$ref === 'string' && !node.$ref.startsWith('#')) prefixes.add(node.$ref.split('#')[0] ?? '');
  });
  prefixes.delete('');
  return prefixes;
}

function findRefs(doc: unknown, ref: string): string[] {
  const pointers: string[] = [];
  walk(doc, '', (node, pointer) => {
    if (node.$ref === ref || (typeof node.$ref === 'string' && decodeURIComponent(node.$ref) === ref)) pointers.push(joinPointer(pointer, '$ref'));
  });
  return pointers.length > 0 ? pointers : [''];
}

function walk(node: unknown, pointer: string, visit: (node: Record<string, unknown>, pointer: string) => void): void {
  if (Array.isArray(node)) node.forEach((item, i) => walk(item, joinPointer(pointer, i), visit));
  if (!isRecord(node)) return;
  visit(node, pointer);
  for (const [key, child] of Object.entries(node)) walk(child, joinPointer(pointer, key), visit);
}
