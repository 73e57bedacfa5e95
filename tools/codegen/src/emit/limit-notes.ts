// Documented limits and units as JSDoc text: openapi-typescript keeps `description` but drops `maximum`,
// `maxItems`, `maxLength` and our unit extension, so they are appended to each schema's description first.
type Schema = Record<string, unknown>;

/**
 * Appends documented limits and units to every schema's description so they reach the JSDoc:
 * `Range: 0–100.`, `At most 100 items.`, `Length: 1–64.`, `Unit: seconds.`.
 */
export function withLimitNotes(document: Schema): Schema {
  const visit = (value: unknown, units: ReadonlyMap<object, string>): unknown => {
    if (Array.isArray(value)) return value.map((item) => visit(item, units));
    if (value === null || typeof value !== 'object') return value;
    const schema = value as Schema;
    const copy: Schema = {};
    for (const [key, item] of Object.entries(schema)) copy[key] = visit(item, units);
    if (looksLikeSchema(schema)) {
      const notes = limitNotes(schema, units.get(schema));
      if (notes.length > 0) {
        const description = asText(schema['description']);
        copy['description'] = [description ? ensurePeriod(description) : undefined, ...notes].filter(Boolean).join(' ');
      }
    }
    return copy;
  };
  return visit(document, collectUnits(document)) as Schema;
}

const UNIT_KEYS = ['x-cloudexec-unit', 'x-unit'];

function collectUnits(document: Schema): Map<object, string> {
  const units = new Map<object, string>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (value === null || typeof value !== 'object') return;
    for (const key of UNIT_KEYS) {
      const unit = (value as Schema)[key];
      if (typeof unit === 'string') units.set(value, unit);
    }
    Object.values(value as Schema).forEach(walk);
  };
  walk(document);
  return units;
}

function looksLikeSchema(value: Schema): boolean {
  return 'type' in value || 'properties' in value || 'items' in value || 'enum' in value;
}

function limitNotes(schema: Schema, unit: string | undefined): string[] {
  const notes: string[] = [];
  const min = numberOf(schema['minimum']);
  const max = numberOf(schema['maximum']);
  if (min !== undefined && max !== undefined) notes.push(`Range: ${min}–${max}.`);
  else if (min !== undefined) notes.push(`Minimum: ${min}.`);
  else if (max !== undefined) notes.push(`Maximum: ${max}.`);
  const minItems = numberOf(schema['minItems']);
  const maxItems = numberOf(schema['maxItems']);
  if (minItems !== undefined && minItems > 0) notes.push(`At least ${minItems} item${minItems === 1 ? '' : 's'}.`);
  if (maxItems !== undefined) notes.push(`At most ${maxItems} item${maxItems === 1 ? '' : 's'}.`);
  const minLength = numberOf(schema['minLength']);
  const maxLength = numberOf(schema['maxLength']);
  if (minLength !== undefined && maxLength !== undefined) notes.push(`Length: ${minLength}–${maxLength}.`);
  else if (maxLength !== undefined) notes.push(`At most ${maxLength} characters.`);
  else if (minLength !== undefined && minLength > 0) notes.push(`At least ${minLength} character${minLength === 1 ? '' : 's'}.`);
  const not = schema['not'];
  if (not !== null && typeof not === 'object' && typeof (not as Schema)['pattern'] === 'string')
    notes.push(`Must not match \`${String((not as Schema)['pattern'])}\`.`);
  notes.push(...contentNotes(schema['x-cloudexec-content']));
  if (unit) notes.push(`Unit: ${unit}.`);
  return notes;
}

/** x-cloudexec-content as words: how the content travels and its byte budget. */
function contentNotes(value: unknown): string[] {
  if (value === null || typeof value !== 'object') return [];
  const content = value as Schema;
  const encoding = content['encoding'];
  const travels =
    encoding === 'base64'
      ? 'Base64-encoded.'
      : encoding !== null && typeof encoding === 'object'
        ? `Plain or Base64 as \`${String((encoding as Schema)['parameter'])}\` says.`
        : undefined;
  const includes = Array.isArray(content['includes']) && content['includes'].length > 0 ? `, with ${content['includes'].join(', ')}` : '';
  const measured = content['measure'] === 'base64' ? ' after Base64 encoding' : '';
  return [travels, `At most ${String(content['maxBytes'])} bytes${measured}${includes}.`].filter((note): note is string => note !== undefined);
}

function numberOf(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function ensurePeriod(text: string): string {
  return /[.!?。)]$/.test(text) ? text : `${text}.`;
}

function asText(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
