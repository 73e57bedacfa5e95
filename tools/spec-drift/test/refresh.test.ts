import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ServiceCatalog } from '../src/catalog.ts';
import type { Fetcher } from '../src/refresh.ts';
import { refreshSnapshots } from '../src/refresh.ts';
import { readSnapshots } from '../src/snapshots.ts';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const catalog: ServiceCatalog[] = [
  { provider: 'tencent', service: 'demo', sdkPackage: 'demo-tencent-sdk', tencentPath: 'demo/v1', operations: ['DescribeThings', 'NotThere'] },
  { provider: 'aliyun', service: 'demo', sdkPackage: 'demo-alicloud-sdk', operations: ['DescribeThings'] },
];

/** No network: packages come from test/fixtures/packages, tccli's api.json from a fixture file. */
function localFetcher(withTccli: boolean, version = '2.0.0'): Fetcher {
  return {
    sdk: async (name) => ({ name, version, date: '2026-11-30', dir: path.join(fixtures, 'packages', name) }),
    tccli: () => (withTccli ? { commit: 'abc123', date: '2026-11-29', text: readFileSync(path.join(fixtures, 'tccli-demo-api.json'), 'utf8') } : undefined),
  };
}

describe('spec:drift --refresh on local fixture packages', () => {
  it('reduces the Tencent SDK models (TypeScript compiler API) and tccli api.json to facts', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'spec-drift-refresh-'));
    const moves = await refreshSnapshots(root, localFetcher(true), catalog);
    expect(moves).toEqual(['tencent/demo/DescribeThings: new snapshot', 'aliyun/demo/DescribeThings: new snapshot']);
    const [tencent, aliyun] = readSnapshots(root).sort((a, b) => b.provider.localeCompare(a.provider));
    const [sdk, tccli] = tencent!.sources;
    expect(sdk).toMatchObject({ name: 'demo-tencent-sdk', version: '2.0.0', date: '2026-11-30', file: 'tencentcloud/services/demo/v1/demo_models.d.ts' });
    expect(sdk!.request).toEqual({
      Filters: { type: 'object[]', required: false },
      'Filters[].Name': { type: 'string', required: true },
      'Filters[].Values': { type: 'string[]', required: true },
      Limit: { type: 'number', required: false },
      Region: { type: 'string', required: true },
      ThingIds: { type: 'string[]', required: false },
    });
    // Response `?` says nothing in the SDK, so required stays unknown; a self-reference is followed once.
    expect(sdk!.response['ThingSet[].Parent']).toEqual({ type: 'object' });
    expect(sdk!.response['ThingSet[].Parent.ThingId']).toBeUndefined();
    expect(sdk!.response['ThingSet[].Note']).toEqual({ type: 'string', nullable: true });
    expect(tccli).toMatchObject({ name: 'tccli', version: 'abc123', date: '2026-11-29' });
    expect(tccli!.response).toEqual({
      RequestId: { type: 'string', required: true },
      ThingSet: { type: 'object[]', required: true, nullable: false },
      'ThingSet[].CreatedAt': { type: 'string', required: false, nullable: true },
      'ThingSet[].Ready': { type: 'boolean', required: true, nullable: false },
      'ThingSet[].ThingId': { type: 'string', required: true, nullable: false },
      TotalCount: { type: 'number', required: true, nullable: false },
    });
    expect(aliyun!.sources[0]!.request).toEqual({
      DryRun: { type: 'boolean' },
      PageSize: { type: 'number' },
      RegionId: { type: 'string' },
      Tag: { type: 'object[]' },
      'Tag[].Key': { type: 'string' },
      'Tag[].Value': { type: 'string' },
    });
    expect(aliyun!.sources[0]!.response['Things.Thing[].Labels']).toEqual({ type: 'map' });
  });

  it('reports what moved and keeps the tccli entry when tccli cannot be read', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'spec-drift-refresh-'));
    await refreshSnapshots(root, localFetcher(true), catalog);
    const moves = await refreshSnapshots(root, localFetcher(false, '2.1.0'), catalog);
    expect(moves).toContain('tencent/demo/DescribeThings [demo-tencent-sdk]: version 2.0.0 (2026-11-30) → 2.1.0 (2026-11-30)');
    expect(
      readSnapshots(root)
        .find((s) => s.provider === 'tencent')!
        .sources.map((s) => s.name),
    ).toEqual(['demo-tencent-sdk', 'tccli']);
    expect(await refreshSnapshots(root, localFetcher(false, '2.1.0'), catalog)).toEqual([]);
  });
});
