// Alibaba RPC v2 (HMAC-SHA1) and ACS3 vectors of protocol-facts §3.1–§3.2, byte for byte.
import { describe, expect, test } from 'vitest';
import { signAcs3 } from '../../src/signing/acs3.ts';
import { EMPTY_SHA256 } from '../../src/signing/hash.ts';
import { signRpcV2 } from '../../src/signing/rpc-v2.ts';

const pairs = (record: Record<string, string>): Array<[string, string]> => Object.entries(record);

describe('RPC v2 (HMAC-SHA1)', () => {
  test('ALI-V2-A: canonical query, string to sign, signature', () => {
    const result = signRpcV2({
      method: 'GET',
      accessKeySecret: 'testsecret',
      params: pairs({
        AccessKeyId: 'testid',
        Action: 'DescribeDedicatedHosts',
        Format: 'JSON',
        RegionId: 'cn-beijing',
        SignatureMethod: 'HMAC-SHA1',
        SignatureNonce: 'edb2b34af0af9a6d14deaf7c1a5315eb',
        SignatureVersion: '1.0',
        Timestamp: '2023-03-13T08:34:30Z',
        Version: '2014-05-26',
      }),
    });
    expect(result.canonicalQuery).toBe(
      'AccessKeyId=testid&Action=DescribeDedicatedHosts&Format=JSON&RegionId=cn-beijing&SignatureMethod=HMAC-SHA1' +
        '&SignatureNonce=edb2b34af0af9a6d14deaf7c1a5315eb&SignatureVersion=1.0&Timestamp=2023-03-13T08%3A34%3A30Z&Version=2014-05-26',
    );
    expect(result.stringToSign).toBe(
      'GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeDedicatedHosts%26Format%3DJSON%26RegionId%3Dcn-beijing' +
        '%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3Dedb2b34af0af9a6d14deaf7c1a5315eb%26SignatureVersion%3D1.0' +
        '%26Timestamp%3D2023-03-13T08%253A34%253A30Z%26Version%3D2014-05-26',
    );
    expect(result.signature).toBe('9NaGiOspFP5UPcwX8Iwt2YJXXuk=');
  });

  test('ALI-V2-B: classic ECS doc (Format=XML)', () => {
    const result = signRpcV2({
      method: 'GET',
      accessKeySecret: 'testsecret',
      params: pairs({
        Version: '2014-05-26',
        Timestamp: '2016-02-23T12:46:24Z',
        SignatureVersion: '1.0',
        SignatureNonce: '3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf',
        SignatureMethod: 'HMAC-SHA1',
        Format: 'XML',
        Action: 'DescribeRegions',
        AccessKeyId: 'testid',
      }),
    });
    expect(result.stringToSign).toBe(
      'GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions%26Format%3DXML%26SignatureMethod%3DHMAC-SHA1' +
        '%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf%26SignatureVersion%3D1.0' +
        '%26Timestamp%3D2016-02-23T12%253A46%253A24Z%26Version%3D2014-05-26',
    );
    expect(result.signature).toBe('OLeaidS1JvxuMvnyHOwuJ+uX5qY=');
  });

  test('ALI-V2-C: POST with a Tag list and reserved characters', () => {
    const result = signRpcV2({
      method: 'POST',
      accessKeySecret: 'testsecret',
      params: pairs({
        AccessKeyId: 'testid',
        Action: 'DescribeInvocations',
        Format: 'JSON',
        IncludeOutput: 'true',
        InvokeId: 't-hz0jdfwd9f****',
        RegionId: 'cn-hangzhou',
        SignatureMethod: 'HMAC-SHA1',
        SignatureNonce: 'edb2b34af0af9a6d14deaf7c1a5315eb',
        SignatureVersion: '1.0',
        'Tag.1.Key': 'TestKey',
        'Tag.1.Value': 'TestValue',
        Timestamp: '2023-03-13T08:34:30Z',
        Version: '2014-05-26',
      }),
    });
    expect(result.stringToSign).toBe(
      'POST&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeInvocations%26Format%3DJSON%26IncludeOutput%3Dtrue' +
        '%26InvokeId%3Dt-hz0jdfwd9f%252A%252A%252A%252A%26RegionId%3Dcn-hangzhou%26SignatureMethod%3DHMAC-SHA1' +
        '%26SignatureNonce%3Dedb2b34af0af9a6d14deaf7c1a5315eb%26SignatureVersion%3D1.0%26Tag.1.Key%3DTestKey' +
        '%26Tag.1.Value%3DTestValue%26Timestamp%3D2023-03-13T08%253A34%253A30Z%26Version%3D2014-05-26',
    );
    expect(result.signature).toBe('gjQnl+hSfMLgcsOlqkITmcywIWo=');
  });
});

describe('ACS3-HMAC-SHA256', () => {
  test('ALI-V3-A: official doc vector', () => {
    const result = signAcs3({
      method: 'POST',
      query: pairs({ ImageId: 'win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd', RegionId: 'cn-shanghai' }),
      headers: {
        host: 'ecs.cn-shanghai.aliyuncs.com',
        'x-acs-action': 'RunInstances',
        'x-acs-version': '2014-05-26',
        'x-acs-date': '2023-10-26T10:22:32Z',
        'x-acs-signature-nonce': '3156853299f313e23d1673dc12e1703d',
        'x-acs-content-sha256': EMPTY_SHA256,
        accept: 'application/json',
      },
      body: '',
      accessKeyId: 'YourAccessKeyId',
      accessKeySecret: 'YourAccessKeySecret',
    });
    expect(result.canonicalRequest).toBe(
      [
        'POST',
        '/',
        'ImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai',
        'host:ecs.cn-shanghai.aliyuncs.com',
        'x-acs-action:RunInstances',
        'x-acs-content-sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
        'x-acs-date:2023-10-26T10:22:32Z',
        'x-acs-signature-nonce:3156853299f313e23d1673dc12e1703d',
        'x-acs-version:2014-05-26',
        '',
        'host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version',
        'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      ].join('\n'),
    );
    expect(result.stringToSign).toBe('ACS3-HMAC-SHA256\n7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259');
    expect(result.signature).toBe('06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0');
    expect(result.authorization).toBe(
      'ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;' +
        'x-acs-signature-nonce;x-acs-version,Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0',
    );
  });

  const derivedHeaders = (host: string, version: string) => ({
    host,
    'x-acs-action': 'DescribeInvocations',
    'x-acs-version': version,
    'x-acs-date': '2024-01-01T00:00:00Z',
    'x-acs-signature-nonce': '0123456789abcdef0123456789abcdef',
    'x-acs-content-sha256': EMPTY_SHA256,
  });

  test('ALI-V3-B: ECS DescribeInvocations', () => {
    const result = signAcs3({
      method: 'POST',
      query: pairs({ RegionId: 'cn-hangzhou', InvokeId: 't-hz0jdfwd9f****', IncludeOutput: 'true', 'Tag.1.Key': 'TestKey', 'Tag.1.Value': 'TestValue' }),
      headers: derivedHeaders('ecs.cn-hangzhou.aliyuncs.com', '2014-05-26'),
      accessKeyId: 'testid',
      accessKeySecret: 'testsecret',
    });
    expect(result.canonicalRequest.split('\n')[2]).toBe(
      'IncludeOutput=true&InvokeId=t-hz0jdfwd9f%2A%2A%2A%2A&RegionId=cn-hangzhou&Tag.1.Key=TestKey&Tag.1.Value=TestValue',
    );
    expect(result.stringToSign).toBe('ACS3-HMAC-SHA256\n14c8fe23da74dd7d40ce010cbb44aa2e57ed07b9978748aed5d9048fa2b8e6bb');
    expect(result.signature).toBe('9246d596f905bdb3beaacbdd9b7c3aaf8642b007403bf88d8540d68453be6ed7');
  });

  test('ALI-V3-C: SWAS DescribeInvocations', () => {
    const result = signAcs3({
      method: 'POST',
      query: pairs({ InstanceId: '3a658ca270df4df39f22e289b338****', PageNumber: '1', PageSize: '10', RegionId: 'cn-hangzhou' }),
      headers: derivedHeaders('swas.cn-hangzhou.aliyuncs.com', '2020-06-01'),
      accessKeyId: 'testid',
      accessKeySecret: 'testsecret',
    });
    expect(result.stringToSign).toBe('ACS3-HMAC-SHA256\n32c826101a57269de2f2be36611b64c39c594b5b5cf7e6624a03d0ce0d0d977d');
    expect(result.signature).toBe('449e40990a45e67f98373439ccfb5f1adf9f846b1f6b3279fe51d4b5049d95af');
  });
});
