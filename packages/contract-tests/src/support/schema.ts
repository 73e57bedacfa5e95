// Response payloads are checked against the operation's dereferenced JSON Schema (2020-12) with ajv. The
// spec's own annotations (`x-cloudexec-unit`, `examples`) are not validation keywords, hence strict: false.
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import type { JsonSchema } from '@cloudexec/runtime/model';

const ajv = new Ajv2020({ strict: false, allErrors: true });
const compiled = new WeakMap<JsonSchema, ValidateFunction>();

/** Schema violations of `data` as readable lines; empty when it validates. */
export function schemaErrors(schema: JsonSchema, data: unknown): string[] {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  if (validate(data)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? error.keyword}`);
}
