// Stage 2: every example payload validates against its schema with ajv (draft 2020-12), strictly:
// properties the schema does not declare are errors even where the spec leaves objects open.
import type { ValidateFunction } from 'ajv';
import { ajvErrorPath, describeAjvError, usefulErrors } from './ajv.ts';
import type { ExamplePayload } from './example-payloads.ts';
import type { Problem } from './problem.ts';
import type { SchemaSource, StrictValidators } from './strict-validators.ts';

/** A schema site: the schema as written (raw, at), dereferenced (schema), and where the spec writes it. */
export interface ResolvedSchema extends SchemaSource {
  pointer: string;
  /** e.g. `#/components/schemas/DescribeInvocationsRequest` when the site is a $ref. */
  ref: string | undefined;
}

export function validatePayloads(
  file: string,
  payloads: ExamplePayload[],
  schemas: { request: ResolvedSchema | undefined; response: ResolvedSchema | undefined },
  validators: StrictValidators,
): Problem[] {
  const problems: Problem[] = [];
  const compiled = new Map<ResolvedSchema, ValidateFunction | undefined>();
  for (const payload of payloads) {
    const site = schemas[payload.part];
    if (!site) continue; // completeness reports the missing schema once per operation
    if (!compiled.has(site)) compiled.set(site, compile(validators, site, file, problems));
    const validate = compiled.get(site);
    if (!validate || validate(payload.value)) continue;
    const against = site.ref ?? site.pointer;
    for (const error of usefulErrors(validate.errors ?? [])) {
      const path = ajvErrorPath(error);
      problems.push({
        kind: 'example',
        file,
        pointer: payload.locate(path),
        message: `example '${payload.example}' ${payload.part} does not match ${against} at '${path || '/'}': ${describeAjvError(error)}`,
      });
    }
  }
  return problems;
}

function compile(validators: StrictValidators, site: ResolvedSchema, file: string, problems: Problem[]): ValidateFunction | undefined {
  try {
    return validators.compile(site);
  } catch (error) {
    const message = (error as Error).message;
    // Meta-schema violations are already reported, with their exact place, by the OpenAPI stage.
    if (!message.startsWith('schema is invalid'))
      problems.push({ kind: 'schema', file, pointer: site.pointer, message: `schema cannot be compiled: ${message}` });
    return undefined;
  }
}
