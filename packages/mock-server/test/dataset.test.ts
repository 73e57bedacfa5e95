import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatasetError, mergeDatasets, parseDataset, readDatasetFile } from '../src/dataset.ts';
import { createDefaultDataset } from '../src/default-dataset.ts';

describe('default dataset', () => {
  const dataset = createDefaultDataset();

  it('is deterministic', () => {
    expect(JSON.stringify(createDefaultDataset())).toBe(JSON.stringify(dataset));
    expect(JSON.stringify(createDefaultDataset({ seed: 7 }))).not.toBe(JSON.stringify(dataset));
  });

  it('spans several pages of every listing at the documented default page size', () => {
    expect(dataset['tencent-tat']?.DescribeInvocations?.length).toBeGreaterThan(2 * 20);
    expect(dataset['tencent-tat']?.DescribeInvocationTasks?.length).toBeGreaterThan(2 * 20);
    expect(dataset['tencent-batch']?.DescribeTask?.length).toBeGreaterThan(2 * 100);
    expect(dataset['aliyun-ecs']?.DescribeInvocations?.length).toBeGreaterThan(2 * 10);
    expect(dataset['aliyun-swas']?.DescribeInvocations?.length).toBeGreaterThan(2 * 10);
  });

  it('keeps TAT tasks consistent with their invocations', () => {
    const invocations = dataset['tencent-tat']!.DescribeInvocations!;
    const tasks = dataset['tencent-tat']!.DescribeInvocationTasks!;
    for (const invocation of invocations) {
      const basic = invocation['InvocationTaskBasicInfoSet'] as Array<Record<string, unknown>>;
      const own = tasks.filter((task) => task['InvocationId'] === invocation['InvocationId']);
      expect(own.map((task) => task['InvocationTaskId'])).toEqual(basic.map((task) => task['InvocationTaskId']));
      expect(own.map((task) => task['TaskStatus'])).toEqual(basic.map((task) => task['TaskStatus']));
    }
  });

  it('lists newest first with unique ids', () => {
    const ecs = dataset['aliyun-ecs']!.DescribeInvocations!;
    const times = ecs.map((item) => String(item['CreationTime']));
    expect([...times].sort().reverse()).toEqual(times);
    expect(new Set(ecs.map((item) => item['InvokeId'])).size).toBe(ecs.length);
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
