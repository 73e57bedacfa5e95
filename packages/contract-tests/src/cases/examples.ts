// Examples: the documented request input produces the documented wire request, and the documented response
// served by the handlers comes back as the documented payload, valid against the response schema.
import type { ExampleModel, OperationModel } from '@cloudexec/runtime/model';
import { expect } from 'vitest';
import { documentedPlacement } from '../support/placement.ts';
import { schemaErrors } from '../support/schema.ts';
import { operationParams, readWire } from '../support/wire.ts';
import type { CaseKit } from './case-kit.ts';

/** Headers a signature or a clock decides; an example shows whatever its author's tool sent. */
const SIGNING_HEADERS = new Set([
  'authorization',
  'x-tc-timestamp',
  'x-tc-nonce',
  'x-tc-token',
  'x-tc-requestclient',
  'x-acs-date',
  'x-acs-signature-nonce',
  'x-acs-content-sha256',
  'x-acs-security-token',
]);

export function registerExampleCases(kit: CaseKit, op: OperationModel): void {
  const { model } = kit.target;
  if (op.examples.length === 0) {
    kit.test(op, 'examples', 'request (no documented example)', async () => {
      expect.fail(`${op.action} has no documented example to check the client against`);
    });
    return;
  }
  for (const example of op.examples) {
    kit.test(op, 'examples', `request (${example.name})`, () => checkRequest(kit, op, example));
    kit.test(op, 'examples', `response (${example.name})`, async () => {
      const requestId = example.response.data['RequestId'];
      const { mock } = kit.server.serve(typeof requestId === 'string' ? { requestId: () => requestId } : {});
      // The handlers answer with the first example by default; later ones are served as fixed answers.
      if (example !== op.examples[0]) mock.override(op.action, { response: structuredClone(example.response.data) });
      const { client } = kit.client(op, { placement: documentedPlacement(model, op, example), method: example.request.method });
      const data = await kit.target.call(op, client, structuredClone(example.request.input));
      expect(data).toEqual(example.response.data);
      expect(schemaErrors(op.responseSchema, data)).toEqual([]);
    });
  }
  const [first] = op.examples;
  if (first && kit.target.readyMade) {
    kit.test(op, 'examples', 'response (ready-made handlers)', async () => {
      kit.server.serveReadyMade();
      const { client } = kit.client(op, { placement: documentedPlacement(model, op, first) });
      const data = await kit.target.call(op, client, structuredClone(first.request.input));
      // The shared mock hands out its own request ids; everything else is the documented payload.
      expect({ ...data, RequestId: undefined }).toEqual({ ...first.response.data, RequestId: undefined });
      expect(typeof data['RequestId']).toBe('string');
    });
  }
}

async function checkRequest(kit: CaseKit, op: OperationModel, example: ExampleModel): Promise<void> {
  const { model } = kit.target;
  const documented = example.request;
  kit.server.serve();
  const { client, recorder } = kit.client(op, { placement: documentedPlacement(model, op, example), method: documented.method });
  await kit.target.call(op, client, structuredClone(documented.input));
  expect(recorder.exchanges).toHaveLength(1);
  const wire = readWire(recorder.exchanges[0]!.request);
  expect({ method: wire.method, host: wire.host, path: wire.path }).toEqual({ method: documented.method, host: documented.host, path: documented.path });
  expect({ action: wire.action, version: wire.version }).toEqual({ action: op.action, version: model.service.version });
  if (documented.query?.['Action'] !== undefined) expect(wire.action).toBe(documented.query['Action']);
  for (const [name, value] of Object.entries(documented.headers ?? {})) {
    if (!SIGNING_HEADERS.has(name.toLowerCase())) expect(wire.headers[name.toLowerCase()], `header ${name}`).toBe(value);
  }
  const provider = model.service.provider;
  if (documented.method === 'POST' && documented.body !== undefined) {
    expect(wire.json).toEqual(documented.body);
  } else {
    // GET (or a form POST): the flattened pairs, signing and common parameters aside.
    expect(operationParams(wire.pairs, provider)).toEqual(operationParams(Object.entries(documented.query ?? {}), provider));
  }
}
