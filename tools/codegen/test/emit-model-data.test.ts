// Model data: the committed constant is the fixture model (operations sorted), keys sorted except inside
// documented example payloads, which keep their transcribed order.
import { describe, expect, it } from 'vitest';
import { emitModelData, sortKeysExceptExamples } from '../src/emit/model-data.ts';
import { aliyunMini } from './fixtures/models/aliyun-mini.ts';
import { contextFor } from './fixtures/models/fixture.ts';
import { tencentMini } from './fixtures/models/tencent-mini.ts';
import { serviceModel as aliyunData } from './snapshots/aliyun-mini/model-data.gen.ts';
import { serviceModel as tencentData } from './snapshots/tencent-mini/model-data.gen.ts';

describe('emitModelData', () => {
  it.each([
    { name: 'tencent-mini', fixture: tencentMini, data: tencentData },
    { name: 'aliyun-mini', fixture: aliyunMini, data: aliyunData },
  ])('$name: the committed constant is the model, operations sorted by action', ({ fixture, data }) => {
    const sorted = [...fixture.model.operations].sort((a, b) => (a.action < b.action ? -1 : 1));
    expect(data).toEqual({ ...fixture.model, operations: sorted });
    expect(data.operations.map((op) => op.action)).toEqual(sorted.map((op) => op.action));
  });

  it('sorts keys of the model and keeps the order of example payloads', () => {
    const example = tencentData.operations.find((op) => op.action === 'DescribeInvocationTasks')?.examples[0];
    expect(Object.keys(tencentData)).toEqual([...Object.keys(tencentData)].sort());
    expect(Object.keys(example?.request ?? {})).toEqual(['body', 'headers', 'host', 'input', 'method', 'path']);
    expect(Object.keys(example?.request.body ?? {})).toEqual(['Limit', 'Filters']);
    expect(Object.keys((example?.response.body as { Response: object }).Response)).toEqual(['RequestId', 'TotalCount', 'InvocationTaskSet']);
  });

  it.each([
    { name: 'nested objects', given: { b: { d: 1, c: 2 }, a: [{ z: 1, y: 2 }] }, want: '{"a":[{"y":2,"z":1}],"b":{"c":2,"d":1}}' },
    {
      name: 'an example frame but not its payloads',
      given: { examples: [{ response: { data: { z: 1, a: 2 }, status: 200 }, name: 'n' }] },
      want: '{"examples":[{"name":"n","response":{"data":{"z":1,"a":2},"status":200}}]}',
    },
  ])('sortKeysExceptExamples: $name', ({ given, want }) => {
    expect(JSON.stringify(sortKeysExceptExamples(given))).toBe(want);
  });

  it('types the constant as ServiceModel from the runtime', () => {
    const [file] = emitModelData(tencentMini.model, contextFor(tencentMini));
    expect(file?.path).toBe('src/generated/model-data.gen.ts');
    expect(file?.contents).toContain("import type { ServiceModel } from '@cloudexec/runtime/model';");
    expect(file?.contents).toContain('export const serviceModel: ServiceModel = {');
  });
});
