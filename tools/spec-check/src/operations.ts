// Walks the operations of a spec: one logical path per RPC action, with its request and 200-response schemas.
import { isRecord, joinPointer } from './pointer.ts';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export interface SchemaSite {
  /** The schema as written (possibly a `$ref`). */
  schema: unknown;
  /** Where it is written in the spec. */
  pointer: string;
}

export interface OperationEntry {
  path: string;
  method: string;
  /** e.g. `/paths/~1DescribeInvocations/post` */
  pointer: string;
  operationId: string | undefined;
  operation: Record<string, unknown>;
  /** `x-cloudexec-operation`, when it is an object. */
  extension: Record<string, unknown> | undefined;
  request: SchemaSite | undefined;
  response: SchemaSite | undefined;
}

export function listOperations(doc: Record<string, unknown>): OperationEntry[] {
  const paths = isRecord(doc.paths) ? doc.paths : {};
  const entries: OperationEntry[] = [];
  for (const [path, item] of Object.entries(paths)) {
    if (!isRecord(item)) continue;
    for (const method of METHODS) {
      const operation = item[method];
      if (!isRecord(operation)) continue;
      const pointer = joinPointer('', 'paths', path, method);
      const extension = operation['x-cloudexec-operation'];
      entries.push({
        path,
        method,
        pointer,
        operationId: typeof operation.operationId === 'string' ? operation.operationId : undefined,
        operation,
        extension: isRecord(extension) ? extension : undefined,
        request: jsonSchemaSite(operation.requestBody, joinPointer(pointer, 'requestBody')),
        response: jsonSchemaSite(isRecord(operation.responses) ? operation.responses['200'] : undefined, joinPointer(pointer, 'responses', '200')),
      });
    }
  }
  return entries;
}

function jsonSchemaSite(holder: unknown, pointer: string): SchemaSite | undefined {
  if (!isRecord(holder) || !isRecord(holder.content)) return undefined;
  const media = holder.content['application/json'];
  if (!isRecord(media) || media.schema === undefined) return undefined;
  return { schema: media.schema, pointer: joinPointer(pointer, 'content', 'application/json', 'schema') };
}
