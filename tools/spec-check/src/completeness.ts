// Stage 5: what every operation must document, whatever the extension schema allows: examples, error
// codes, a rate limit and provenance, plus the RPC path convention (`/{Action}` with operationId Action).
import type { OperationEntry } from './operations.ts';
import { isRecord, joinPointer } from './pointer.ts';
import type { Problem } from './problem.ts';

export function checkCompleteness(file: string, doc: Record<string, unknown>, operations: OperationEntry[]): Problem[] {
  const problems: Problem[] = [];
  const problem = (pointer: string, message: string) => problems.push({ kind: 'completeness', file, pointer, message });
  if (!isRecord(doc['x-cloudexec-service'])) problem('', 'spec has no x-cloudexec-service block');
  if (operations.length === 0) problem('/paths', 'spec has no operations');

  for (const op of operations) {
    const name = op.operationId ?? `${op.method.toUpperCase()} ${op.path}`;
    if (op.operationId === undefined) problem(op.pointer, `${name}: operation has no operationId`);
    else if (op.path !== `/${op.operationId}`) problem(op.pointer, `${name}: path '${op.path}' should be '/${op.operationId}' (one logical path per action)`);
    if (!op.request) problem(op.pointer, `${name}: no request schema at requestBody.content.application/json.schema`);
    if (!op.response) problem(op.pointer, `${name}: no response schema at responses.200.content.application/json.schema`);

    const ext = op.extension;
    const at = joinPointer(op.pointer, 'x-cloudexec-operation');
    if (!ext) {
      problem(op.pointer, `${name}: operation has no x-cloudexec-operation block (examples, error codes, rate limit, provenance)`);
      continue;
    }
    const examples = Array.isArray(ext.examples) ? ext.examples : [];
    if (examples.length === 0) problem(at, `${name}: operation has no examples`);
    else {
      if (!examples.some((e) => isRecord(e) && isRecord(e.request))) problem(joinPointer(at, 'examples'), `${name}: no example has a request`);
      if (!examples.some((e) => isRecord(e) && isRecord(e.response))) problem(joinPointer(at, 'examples'), `${name}: no example has a response`);
    }
    // Codes tied to a constraint count too: some pages list none and only point at a global error centre.
    const codes = [ext.errors, ext.constraintErrors].flatMap((list) => (Array.isArray(list) ? list : []));
    if (!codes.some((e) => isRecord(e) && typeof e.code === 'string')) problem(at, `${name}: operation lists no error codes (errors or constraintErrors)`);
    // qps: null is an explicit "the page documents none" and must say so in a note.
    const rate = ext.rateLimit;
    const stated = isRecord(rate) && (typeof rate.qps === 'number' || (rate.qps === null && typeof rate.note === 'string' && rate.note !== ''));
    if (!stated) problem(at, `${name}: operation has no rate limit (rateLimit.qps, or qps: null with a note that the page documents none)`);
    if (!isRecord(ext.provenance) || Object.keys(ext.provenance).length === 0) problem(at, `${name}: operation has no provenance`);
  }
  return problems;
}
