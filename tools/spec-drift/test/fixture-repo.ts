// A throwaway repository root with one fixture spec (specs/demo/svc.yaml) and its vendor snapshot.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import type { FieldMap, OperationSnapshot, SourceFacts } from '../src/facts.ts';
import { writeSnapshot } from '../src/snapshots.ts';

type Schema = Record<string, unknown>;

export interface FixtureSpec {
  request: Schema;
  response: Schema;
  components?: Record<string, Schema>;
  /** Extra members of the operation (e.g. an operation-level x-cloudexec-drift). */
  operation?: Schema;
}

export const BASE_REQUEST: Schema = {
  type: 'object',
  required: ['Name'],
  properties: {
    Name: { type: 'string' },
    Limit: { type: 'integer', maximum: 100 },
    Mode: { type: 'string', enum: ['A', 'B'] },
  },
};

export const BASE_RESPONSE: Schema = {
  type: 'object',
  required: ['Items', 'RequestId'],
  properties: {
    Items: { type: 'array', items: { $ref: '#/components/schemas/Item' } },
    RequestId: { type: 'string' },
  },
};

export const BASE_COMPONENTS: Record<string, Schema> = {
  Item: {
    type: 'object',
    required: ['Id'],
    properties: { Id: { type: 'string' }, Status: { $ref: '#/components/schemas/Status' }, Note: { type: ['string', 'null'] } },
  },
  Status: { type: 'string', enum: ['OK', 'FAILED'] },
};

/** Facts that match BASE_* exactly. */
export function baseFacts(): { request: FieldMap; response: FieldMap } {
  return {
    request: { Name: { type: 'string', required: true }, Limit: { type: 'number', required: false }, Mode: { type: 'string', required: false } },
    response: {
      Items: { type: 'object[]', required: true },
      'Items[].Id': { type: 'string', required: true, nullable: false },
      'Items[].Status': { type: 'string', required: false },
      'Items[].Note': { type: 'string', required: false, nullable: true },
      RequestId: { type: 'string', required: true },
    },
  };
}

export function source(facts: { request: FieldMap; response: FieldMap }, extra: Partial<SourceFacts> = {}): SourceFacts {
  return { name: 'demo-sdk', version: '1.0.0', date: '2026-01-01', file: 'models.d.ts', carries: [], ...facts, ...extra };
}

export function fixtureRepo(spec: FixtureSpec, snapshots: OperationSnapshot[]): string {
  const root = mkdtempSync(path.join(tmpdir(), 'spec-drift-test-'));
  mkdirSync(path.join(root, 'specs/demo'), { recursive: true });
  const doc = {
    openapi: '3.1.0',
    info: { title: 'Demo', version: '2026-01-01' },
    'x-cloudexec-service': { provider: 'demo', package: 'demo-svc' },
    paths: {
      '/Demo': {
        post: {
          operationId: 'Demo',
          ...spec.operation,
          requestBody: { content: { 'application/json': { schema: spec.request } } },
          responses: { '200': { description: 'ok', content: { 'application/json': { schema: spec.response } } } },
        },
      },
    },
    components: { schemas: spec.components ?? BASE_COMPONENTS },
  };
  writeFileSync(path.join(root, 'specs/demo/svc.yaml'), stringify(doc));
  for (const snapshot of snapshots) writeSnapshot(root, snapshot);
  return root;
}

export function demoSnapshot(sources: SourceFacts[], operation = 'Demo'): OperationSnapshot {
  return { provider: 'demo', service: 'svc', operation, sources };
}
