// A constraintErrors entry for a content rule or a forbidden format must name a request parameter that carries
// the construct the rule is read from: x-cloudexec-content (contentEncoding only where the content may travel
// Base64) or `not: {pattern}`. Otherwise the code it documents would never be answered, and nobody would notice.
import { isRecord, joinPointer } from './pointer.ts';
import type { Problem } from './problem.ts';

const NEEDS: Record<string, { has: (schema: Record<string, unknown>) => boolean; what: string }> = {
  contentEncoding: { has: (schema) => mayBeBase64(schema['x-cloudexec-content']), what: 'x-cloudexec-content whose encoding may be base64' },
  maxContentBytes: { has: (schema) => isRecord(schema['x-cloudexec-content']), what: 'x-cloudexec-content' },
  notPattern: { has: (schema) => isRecord(schema['not']) && typeof schema['not']['pattern'] === 'string', what: 'not: {pattern}' },
};

function mayBeBase64(content: unknown): boolean {
  if (!isRecord(content)) return false;
  const { encoding } = content;
  if (encoding === 'base64') return true;
  return isRecord(encoding) && (encoding['default'] === 'base64' || Object.values(isRecord(encoding['values']) ? encoding['values'] : {}).includes('base64'));
}

/** The schema at a ParamPath (`Tag[].Key`) of a dereferenced request schema; undefined when it does not exist. */
function schemaAt(schema: unknown, path: string): Record<string, unknown> | undefined {
  let node: unknown = schema;
  for (const segment of path.split('.')) {
    const key = segment.endsWith('[]') ? segment.slice(0, -2) : segment;
    const properties = isRecord(node) && isRecord(node['properties']) ? node['properties'] : undefined;
    node = properties?.[key];
    if (segment.endsWith('[]')) node = isRecord(node) ? node['items'] : undefined;
  }
  return isRecord(node) ? node : undefined;
}

export function checkConstraintErrors(file: string, pointer: string, extension: Record<string, unknown> | undefined, requestSchema: unknown): Problem[] {
  const entries = Array.isArray(extension?.['constraintErrors']) ? extension['constraintErrors'] : [];
  const problems: Problem[] = [];
  entries.forEach((entry, index) => {
    if (!isRecord(entry) || typeof entry['constraint'] !== 'string') return;
    const need = NEEDS[entry['constraint']];
    if (!need) return;
    const at = joinPointer(pointer, 'x-cloudexec-operation', 'constraintErrors', String(index));
    const parameter = entry['parameter'];
    if (typeof parameter !== 'string') {
      problems.push({ kind: 'extension', file, pointer: at, message: `a ${entry['constraint']} entry must name its parameter` });
      return;
    }
    const schema = schemaAt(requestSchema, parameter);
    if (!schema || !need.has(schema)) {
      problems.push({
        kind: 'extension',
        file,
        pointer: at,
        message: `${entry['constraint']} for ${parameter}: the request parameter carries no ${need.what}`,
      });
    }
  });
  return problems;
}
