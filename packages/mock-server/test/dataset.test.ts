import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatasetError, mergeDatasets, parseDataset, readDatasetFile } from '../src/dataset.ts';
import { createDefaultDataset } from '../src/default-dataset.ts';
import { defaultPageSize } from '../src/generate/listing-items.ts';
import { PROVIDER_IDS, serviceModels } from '../src/providers.ts';

describe('default dataset', () => {
  const dataset = createDefaultDataset();
  const listings = PROVIDER_IDS.flatMap((id) => serviceModels[id].operations.filter((op) => op.pagination.length > 0).map((op) => ({ id, op })));

  it('is deterministic', () => {
    expect(JSON.stringify(createDefaultDataset())).toBe(JSON.stringify(dataset));
    expect(JSON.stringify(createDefaultDataset({ seed: 7 }))).not.toBe(JSON.stringify(dataset));
  });

  it('has every listing of every service, spanning several pages at the documented default page size', () => {
    expect(listings.length).toBeGreaterThanOrEqual(5);
    for (const { id, op } of listings) {
      const items = dataset[id]?.[op.action];
      expect(items?.length, `${id} ${op.action}`).toBeGreaterThan(2 * defaultPageSize(op.pagination[0]!));
    }
    // The documented defaults: TAT 20, Batch 100, ECS and SWAS 10 (3½ pages each).
    expect(dataset['tencent-tat']?.DescribeInvocations).toHaveLength(70);
    expect(dataset['tencent-batch']?.DescribeTask).toHaveLength(350);
    expect(dataset['aliyun-ecs']?.DescribeInvocations).toHaveLength(35);
    expect(dataset['aliyun-swas']?.DescribeInvocations).toHaveLength(35);
  });

  it('keeps TAT tasks consistent with their invocations (a child listing is built from its parent)', () => {
    const invocations = dataset['tencent-tat']!.DescribeInvocations!;
    const tasks = dataset['tencent-tat']!.DescribeInvocationTasks!;
    const sizes = new Set<number>();
    for (const invocation of invocations) {
      const basic = invocation['InvocationTaskBasicInfoSet'] as Array<Record<string, unknown>>;
      sizes.add(basic.length);
      const own = tasks.filter((task) => task['InvocationId'] === invocation['InvocationId']);
      expect(own.map((task) => task['InvocationTaskId'])).toEqual(basic.map((task) => task['InvocationTaskId']));
      expect(own.map((task) => task['TaskStatus'])).toEqual(basic.map((task) => task['TaskStatus']));
      expect(own.every((task) => task['CommandId'] === invocation['CommandId'])).toBe(true);
    }
    expect(sizes.size).toBeGreaterThan(1);
  });

  it('lists newest first with unique ids, in the documented shape', () => {
    for (const [id, action, idKey, timeKey] of [
      ['aliyun-ecs', 'DescribeInvocations', 'InvokeId', 'CreationTime'],
      ['aliyun-swas', 'DescribeInvocations', 'InvokeId', 'CreationTime'],
      ['tencent-tat', 'DescribeInvocations', 'InvocationId', 'CreatedTime'],
      ['tencent-batch', 'DescribeTask', 'TaskInstanceIndex', 'CreateTime'],
    ] as const) {
      const items = dataset[id]![action]!;
      const times = items.map((item) => String(item[timeKey]));
      expect([...times].sort().reverse(), `${id} ${timeKey}`).toEqual(times);
      expect(new Set(items.map((item) => item[idKey])).size, `${id} ${idKey}`).toBe(items.length);
      const op = serviceModels[id].operations.find((candidate) => candidate.action === action)!;
      const example = JSON.stringify(op.examples[0]?.response.data);
      // Each key is one the documented example shows, or one the docs add with a default (SWAS Parameters).
      const item = (op.responseSchema['properties'] as Record<string, { items?: { properties?: Record<string, object> } }>)[
        op.pagination[0]!.items.split('.')[0]!
      ];
      const documented = (key: string) => {
        const property = item?.items?.properties?.[key];
        return property !== undefined && 'default' in property;
      };
      for (const key of Object.keys(items[0]!)) if (!documented(key)) expect(example, `${id} ${key}`).toContain(`"${key}"`);
    }
  });

  it('draws values with a documented closed list from that list', () => {
    const statuses = new Set(dataset['tencent-tat']!.DescribeInvocations!.map((item) => item['InvocationStatus']));
    expect(statuses.size).toBeGreaterThan(2);
    const schema = serviceModels['tencent-tat'].operations.find((op) => op.action === 'DescribeInvocations')!.responseSchema as {
      properties: { InvocationSet: { items: { properties: { InvocationStatus: { enum: string[] } } } } };
    };
    for (const status of statuses) expect(schema.properties.InvocationSet.items.properties.InvocationStatus.enum).toContain(status);
  });
});

describe('dataset files', () => {
  it('accepts provider → listing action → items', () => {
    const parsed = parseDataset({ 'aliyun-swas': { DescribeInvocations: [{ InvokeId: 't-1' }] } });
    expect(parsed['aliyun-swas']?.DescribeInvocations).toEqual([{ InvokeId: 't-1' }]);
  });

  it.each([
    [[], /expected an object keyed by provider/],
    [{ 'tencent-cvm': {} }, /unknown provider "tencent-cvm"/],
    [{ 'tencent-tat': { RunCommand: [] } }, /no listing action "RunCommand"/],
    [{ 'tencent-tat': { DescribeInvocations: [1] } }, /must be an array of objects/],
    [{ 'aliyun-ecs': [] }, /must map action names/],
  ])('rejects %j', (value, message) => {
    expect(() => parseDataset(value, 'data.json')).toThrow(message);
  });

  it('reads a file and reports unreadable ones by path', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mock-data-'));
    await writeFile(join(dir, 'ok.json'), JSON.stringify({ 'tencent-batch': { DescribeTask: [] } }));
    await writeFile(join(dir, 'bad.json'), '{ not json');
    expect(await readDatasetFile(join(dir, 'ok.json'))).toEqual({ 'tencent-batch': { DescribeTask: [] } });
    await expect(readDatasetFile(join(dir, 'bad.json'))).rejects.toThrow(DatasetError);
    await expect(readDatasetFile(join(dir, 'missing.json'))).rejects.toThrow(/ENOENT/);
  });

  it('merges action by action', () => {
    const merged = mergeDatasets(createDefaultDataset(), { 'tencent-tat': { DescribeInvocations: [] } });
    expect(merged['tencent-tat']?.DescribeInvocations).toEqual([]);
    expect(merged['tencent-tat']?.DescribeInvocationTasks?.length).toBeGreaterThan(0);
    expect(merged['aliyun-ecs']?.DescribeInvocations?.length).toBe(35);
  });
});
