// The mock parsers set a call's routing and signing parameters apart from the operation's own.
import { describe, expect, it } from 'vitest';
import { COMMON_PARAMETERS, splitCommonParams } from '../../src/protocols/common-params.ts';

describe('splitCommonParams', () => {
  it('sets Alibaba common parameters apart and keeps the operation pairs in order, RegionId among them', () => {
    const { common, operation } = splitCommonParams(
      [
        ['Action', 'DescribeInvocations'],
        ['RegionId', 'cn-hangzhou'],
        ['SignatureNonce', 'n-1'],
        ['Tag.1.Key', 'env'],
      ],
      'aliyun',
    );
    expect([...common]).toEqual([
      ['Action', 'DescribeInvocations'],
      ['SignatureNonce', 'n-1'],
    ]);
    expect(operation).toEqual([
      ['RegionId', 'cn-hangzhou'],
      ['Tag.1.Key', 'env'],
    ]);
  });

  it("reads names per provider: Tencent's Region and SecretId are common, Alibaba's AccessKeyId is not", () => {
    const { common, operation } = splitCommonParams(
      [
        ['Region', 'ap-guangzhou'],
        ['SecretId', 'id'],
        ['AccessKeyId', 'x'],
        ['Region', 'ap-shanghai'],
      ],
      'tencent',
    );
    expect(Object.fromEntries(common)).toEqual({ Region: 'ap-shanghai', SecretId: 'id' });
    expect(operation).toEqual([['AccessKeyId', 'x']]);
  });

  it('never lists an operation parameter the services document (RegionId) as common', () => {
    expect(COMMON_PARAMETERS.aliyun.has('RegionId')).toBe(false);
    expect(COMMON_PARAMETERS.tencent.has('Region')).toBe(true);
  });
});
