// One place that builds ajv (draft 2020-12, formats on); ajv's CommonJS default exports are unwrapped here.
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { ErrorObject } from 'ajv';

const Ajv2020 = Ajv2020Module.default;
const addFormats = addFormatsModule.default;
export type Ajv = InstanceType<typeof Ajv2020>;

/** OpenAPI adds these keywords to JSON Schema; ajv should know them rather than guess. */
const OPENAPI_KEYWORDS = ['example', 'discriminator', 'xml', 'externalDocs'];

/** `inlineRefs: false` keeps a schema reached by `$ref` a function of its own, compiled once for all its callers. */
export function createAjv(options: { inlineRefs?: boolean; verbose?: boolean } = {}): Ajv {
  const ajv = new Ajv2020({ strict: false, allErrors: true, logger: false, ...options });
  addFormats(ajv);
  for (const keyword of OPENAPI_KEYWORDS) ajv.addKeyword({ keyword, schemaType: ['object', 'string', 'number', 'boolean', 'array', 'null'] });
  return ajv;
}

/** ajv's message made specific: which property is missing or undeclared, which values are allowed. */
export function describeAjvError(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties':
      return `unknown property '${String(params.additionalProperty)}' (not declared in the schema)`;
    case 'unevaluatedProperties':
      return `unknown property '${String(params.unevaluatedProperty)}' (not declared in the schema)`;
    case 'required':
      return `required property '${String(params.missingProperty)}' is missing`;
    case 'enum':
      return `${error.message ?? 'must be one of the allowed values'}: ${JSON.stringify(params.allowedValues)}`;
    case 'false schema':
      return 'is not allowed here';
    case 'type':
      return `must be ${String(params.type)}`;
    default:
      return error.message ?? error.keyword;
  }
}

/** For additional/unevaluated property errors the useful place is the property itself, not its parent. */
export function ajvErrorPath(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  const extra = params.additionalProperty ?? params.unevaluatedProperty;
  const escaped = typeof extra === 'string' ? `/${extra.replace(/~/g, '~0').replace(/\//g, '~1')}` : '';
  return error.instancePath + escaped;
}

const BRANCH_KEYWORDS = new Set(['anyOf', 'oneOf', 'not', 'if', '$dynamicRef']);

/**
 * One mistake is often reported several times: as a failed `if`, or as a failed anyOf/oneOf next to
 * the branch errors that explain it. Keep the explanations and drop exact repeats.
 */
export function usefulErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  const explained = (e: ErrorObject) =>
    e.keyword === 'if' || (BRANCH_KEYWORDS.has(e.keyword) && errors.some((o) => !BRANCH_KEYWORDS.has(o.keyword) && o.instancePath.startsWith(e.instancePath)));
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${ajvErrorPath(e)} ${describeAjvError(e)}`;
    if (explained(e) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
