// The registry finds every wire protocol by the id a ServiceModel names, and each protocol object's facts
// agree with what its own signer and flattener do.
import { describe, expect, it } from 'vitest';
import {
  aliyunProtocol,
  isRetryableCode,
  isThrottlingCode,
  tencentProtocol,
  WIRE_PROTOCOLS,
  wireProtocol,
  wireProtocolOfProvider,
  type WireProtocol,
} from '../../src/index.ts';

const credentials = { accessKeyId: 'AKID', accessKeySecret: 'secret' };
const service = (protocol: WireProtocol) => ({ provider: protocol.provider, service: 'svc', version: '2020-01-01' });

describe('wire protocol registry', () => {
  it('keys each protocol by its own id and finds it by provider', () => {
    for (const [id, protocol] of Object.entries(WIRE_PROTOCOLS)) {
      expect(protocol.id).toBe(id);
      expect(wireProtocol(id)).toBe(protocol);
      expect(wireProtocolOfProvider(protocol.provider)).toBe(protocol);
    }
  });

  it('an unknown id is an error naming the known ones', () => {
    expect(() => wireProtocol('aws-json')).toThrow(/Unknown wire protocol "aws-json" \(known: tencent-tc3, aliyun-rpc\)/);
  });

  it('each whole protocol signs and parses with its client half', () => {
    expect(wireProtocol('tencent-tc3').sign).toBe(tencentProtocol.sign);
    expect(wireProtocol('aliyun-rpc').parse).toBe(aliyunProtocol.parse);
  });
});

/** Documented codes of each protocol (specs/<provider>/common.yaml), and the other protocol's throttling code. */
const SAMPLE_CODES = {
  'tencent-tc3': { throttling: 'RequestLimitExceeded.UinLimitExceeded', auth: 'AuthFailure.SignatureFailure', foreignThrottling: 'Throttling.User' },
  'aliyun-rpc': { throttling: 'Throttling.User', auth: 'SignatureDoesNotMatch', foreignThrottling: 'RequestLimitExceeded' },
} as const;

describe.each(Object.values(WIRE_PROTOCOLS))('$id facts', (protocol) => {
  it('signs with every signature method it lists and refuses others', async () => {
    for (const signatureMethod of protocol.signatureMethods) {
      for (const method of ['GET', 'POST'] as const) {
        const wire = await protocol.sign({
          service: service(protocol),
          action: 'Act',
          method,
          params: { Tag: [{ Key: 'k' }] },
          host: 'h.example.com',
          scheme: 'https',
          credentials,
          date: new Date(0),
          signatureMethod,
        });
        const pairs = [...new URL(wire.url).searchParams, ...new URLSearchParams(wire.headers['Content-Type']?.includes('form') ? wire.body : '')];
        const flattened = pairs.filter(([name]) => !protocol.commonParameters.has(name));
        // The operation's parameters: a JSON body exactly when sendsJson says so, else flattened from listBase.
        if (protocol.sendsJson(method, signatureMethod)) expect(JSON.parse(wire.body ?? '')).toEqual({ Tag: [{ Key: 'k' }] });
        else expect(flattened).toEqual([[`Tag.${protocol.listBase}.Key`, 'k']]);
      }
    }
    await expect(
      protocol.sign({
        service: service(protocol),
        action: 'Act',
        method: 'POST',
        params: {},
        host: 'h',
        scheme: 'https',
        credentials,
        date: new Date(0),
        signatureMethod: 'hmac-md5',
      }),
    ).rejects.toThrow(/hmac-md5/);
  });

  it('flattens from its list base and reads its own flattening back', () => {
    const input = { Filters: [{ Name: 'n', Values: ['a', 'b'] }] };
    const pairs = protocol.flatten(input);
    expect(pairs[0]).toEqual([`Filters.${protocol.listBase}.Name`, 'n']);
    expect(protocol.unflatten(pairs)).toEqual(input);
  });

  it('classifies its throttling and server-fault codes as retryable, its auth codes as not', () => {
    const { throttling, auth, foreignThrottling } = SAMPLE_CODES[protocol.id];
    expect(protocol.throttlingCode.test(throttling)).toBe(true);
    expect(protocol.throttlingCode.test(foreignThrottling)).toBe(false);
    for (const code of [throttling, 'InternalError', 'ServiceUnavailable']) expect(protocol.retryableCode.test(code), code).toBe(true);
    expect(protocol.authCode.test(auth)).toBe(true);
    expect(protocol.retryableCode.test(auth)).toBe(false);
  });

  it("the client core's retryable union covers the protocol's codes", () => {
    const { throttling, auth } = SAMPLE_CODES[protocol.id];
    expect(isRetryableCode(throttling) && isThrottlingCode(throttling)).toBe(true);
    expect(isRetryableCode('InternalError.Timeout')).toBe(protocol.retryableCode.test('InternalError.Timeout'));
    expect(isRetryableCode(auth)).toBe(false);
  });
});

describe('differences the objects hold', () => {
  it('Tencent errors travel with HTTP 200, Alibaba ones with the documented status', () => {
    expect(wireProtocol('tencent-tc3').errorHttpStatus(404)).toBe(200);
    expect(wireProtocol('aliyun-rpc').errorHttpStatus(404)).toBe(404);
    expect(wireProtocol('aliyun-rpc').errorHttpStatus(null)).toBe(400);
  });

  it('Alibaba request ids are upper case, Tencent ones lower case', () => {
    expect(wireProtocol('aliyun-rpc').formatRequestId('abc-1')).toBe('ABC-1');
    expect(wireProtocol('tencent-tc3').formatRequestId('ABC-1')).toBe('abc-1');
  });

  it('only Alibaba takes the region as an input', () => {
    expect(wireProtocol('aliyun-rpc').region).toEqual({ parameter: 'RegionId', inInput: true });
    expect(wireProtocol('tencent-tc3').region).toEqual({ parameter: 'Region', inInput: false });
  });
});
