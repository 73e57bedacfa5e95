// Finds the operations of a service document and the request/response schemas of each.
import { isRecord, type JsonObject } from './json.ts';
import { resolveRef, type DocumentSet } from './refs.ts';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

export interface OperationEntry {
  id: string;
  file: string;
  operation: JsonObject;
}

export interface SchemaLocation {
  schema: unknown;
  file: string;
}

/** operationId → operation (logical paths `/{Action}`, usually `post`). */
export function operationsOf(file: string, doc: JsonObject): Map<string, OperationEntry> {
  const found = new Map<string, OperationEntry>();
  const paths = isRecord(doc.paths) ? doc.paths : {};
  for (const [pathKey, item] of Object.entries(paths)) {
    if (!isRecord(item)) continue;
    for (const method of METHODS) {
      const operation = item[method];
      if (!isRecord(operation)) continue;
      const id = typeof operation.operationId === 'string' ? operation.operationId : `${method.toUpperCase()} ${pathKey}`;
      found.set(id, { id, file, operation });
    }
  }
  return found;
}

/** The JSON request body schema, else `components/schemas/<Action>Request`. */
export function requestSchemaOf(documents: DocumentSet, entry: OperationEntry): SchemaLocation | undefined {
  const body = entry.operation.requestBody;
  const resolved = isRecord(body) && typeof body.$ref === 'string' ? resolveRef(documents, body.$ref, entry.file)?.schema : body;
  return firstContentSchema(resolved, entry.file) ?? componentSchema(documents, entry, 'Request');
}

/** The first 2xx JSON response schema, else `components/schemas/<Action>Response`. */
export function responseSchemaOf(documents: DocumentSet, entry: OperationEntry): SchemaLocation | undefined {
  const responses = isRecord(entry.operation.responses) ? entry.operation.responses : {};
  const status = Object.keys(responses)
    .sort()
    .find((code) => /^2/.test(code));
  let response = status === undefined ? undefined : responses[status];
  if (isRecord(response) && typeof response.$ref === 'string') response = resolveRef(documents, response.$ref, entry.file)?.schema;
  return firstContentSchema(response, entry.file) ?? componentSchema(documents, entry, 'Response');
}

function firstContentSchema(holder: unknown, file: string): SchemaLocation | undefined {
  if (!isRecord(holder) || !isRecord(holder.content)) return undefined;
  for (const media of Object.values(holder.content)) {
    if (isRecord(media) && media.schema !== undefined) return { schema: media.schema, file };
  }
  return undefined;
}

function componentSchema(documents: DocumentSet, entry: OperationEntry, suffix: string): SchemaLocation | undefined {
  const ref = `#/components/schemas/${entry.id}${suffix}`;
  return resolveRef(documents, ref, entry.file) === undefined ? undefined : { schema: { $ref: ref }, file: entry.file };
}
