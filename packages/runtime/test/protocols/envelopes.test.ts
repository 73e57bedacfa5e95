// Response envelopes: table-driven given (status, body) → want ParsedResponse.
import { describe, expect, test } from 'vitest';
import { parseAliyunResponse } from '../../src/protocols/aliyun-envelope.ts';
import { parseTencentResponse } from '../../src/protocols/tencent-envelope.ts';
import type { ParsedResponse } from '../../src/protocols/types.ts';

const HTML = '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>' + 'x'.repeat(400) + '</body></html>';
const headers = new Headers({ 'content-type': 'application/json' });

function transport(httpStatus: number, reason: RegExp, bodyExcerpt: string) {
  return { kind: 'transport-error', httpStatus, reason: expect.stringMatching(reason), bodyExcerpt };
}

describe('Tencent', () => {
  const cases: Array<[string, number, string, unknown]> = [
    [
      'success: Response unwrapped, RequestId kept in data and as requestId',
      200,
      '{"Response":{"TotalCount":0,"InvocationSet":[],"RequestId":"r-1"}}',
      { kind: 'ok', data: { TotalCount: 0, InvocationSet: [], RequestId: 'r-1' }, requestId: 'r-1' },
    ],
    [
      'API error on HTTP 200',
      200,
      '{"Response":{"Error":{"Code":"AuthFailure.SignatureFailure","Message":"bad signature"},"RequestId":"r-2"}}',
      { kind: 'api-error', code: 'AuthFailure.SignatureFailure', message: 'bad signature', requestId: 'r-2', httpStatus: 200 },
    ],
    ['malformed JSON', 200, '{"Response":', transport(200, /not valid JSON/, '{"Response":')],
    ['an HTML error page with a non-2xx status', 502, HTML, transport(502, /HTTP status 502/, HTML.slice(0, 200))],
    ['an HTML page with 200', 200, HTML, transport(200, /not valid JSON/, HTML.slice(0, 200))],
    ['JSON that is not an object', 200, '[1,2]', transport(200, /not a JSON object/, '[1,2]')],
    ['JSON null', 200, 'null', transport(200, /not a JSON object/, 'null')],
    ['an object without Response', 200, '{"code":4000,"message":"old API"}', transport(200, /no "Response"/, '{"code":4000,"message":"old API"}')],
    ['Response that is not an object', 200, '{"Response":"x"}', transport(200, /no "Response"/, '{"Response":"x"}')],
    ['Error without a Code', 200, '{"Response":{"Error":{"Message":"m"}}}', transport(200, /malformed "Error"/, '{"Response":{"Error":{"Message":"m"}}}')],
    [
      'a Tencent-shaped error on a non-2xx status is still a transport failure',
      500,
      '{"Response":{"Error":{"Code":"InternalError","Message":"m"}}}',
      transport(500, /HTTP status 500/, '{"Response":{"Error":{"Code":"InternalError","Message":"m"}}}'),
    ],
    ['an empty body', 200, '', transport(200, /not valid JSON/, '')],
  ];

  test.each(cases)('%s', (_name, status, body, want) => {
    expect(parseTencentResponse(status, headers, body)).toEqual(want);
  });
});

describe('Alibaba', () => {
  const errorBody = {
    RequestId: '01A0F19D-9870-5E78-BF8D-F5CE8D550A2B',
    Message: 'Specified access key is not found.',
    Recommend: 'https://api.aliyun.com/troubleshoot?q=InvalidAccessKeyId.NotFound',
    HostId: 'ecs.aliyuncs.com',
    Code: 'InvalidAccessKeyId.NotFound',
  };
  const cases: Array<[string, number, string, unknown]> = [
    [
      'success: the plain object is the data',
      200,
      '{"RequestId":"R1","TotalCount":1,"Invocations":{"Invocation":[]}}',
      { kind: 'ok', data: { RequestId: 'R1', TotalCount: 1, Invocations: { Invocation: [] } }, requestId: 'R1' },
    ],
    [
      'error on 404 keeps every field',
      404,
      JSON.stringify(errorBody),
      {
        kind: 'api-error',
        code: 'InvalidAccessKeyId.NotFound',
        message: 'Specified access key is not found.',
        requestId: '01A0F19D-9870-5E78-BF8D-F5CE8D550A2B',
        httpStatus: 404,
        hostId: 'ecs.aliyuncs.com',
        recommend: 'https://api.aliyun.com/troubleshoot?q=InvalidAccessKeyId.NotFound',
      } satisfies ParsedResponse,
    ],
    [
      'error on 503 without Recommend',
      503,
      '{"RequestId":"R3","HostId":"ecs.aliyuncs.com","Code":"ServiceUnavailable","Message":"busy"}',
      { kind: 'api-error', code: 'ServiceUnavailable', message: 'busy', requestId: 'R3', httpStatus: 503, hostId: 'ecs.aliyuncs.com', recommend: undefined },
    ],
    ['malformed JSON on 200', 200, '{"RequestId"', transport(200, /not valid JSON/, '{"RequestId"')],
    ['an HTML error page on 502', 502, HTML, transport(502, /not valid JSON/, HTML.slice(0, 200))],
    ['JSON that is not an object', 200, '"ok"', transport(200, /not a JSON object/, '"ok"')],
    ['a 4xx JSON object without Code', 400, '{"RequestId":"R4"}', transport(400, /without an error code/, '{"RequestId":"R4"}')],
    ['a redirect', 302, '', transport(302, /HTTP status 302/, '')],
    ['an XML error body', 400, '<Error><Code>Throttling</Code></Error>', transport(400, /not valid JSON/, '<Error><Code>Throttling</Code></Error>')],
  ];

  test.each(cases)('%s', (_name, status, body, want) => {
    expect(parseAliyunResponse(status, headers, body)).toEqual(want);
  });
});

test('the body excerpt is at most 200 characters and never splits a surrogate pair', () => {
  const body = 'a'.repeat(199) + '😀' + 'b'.repeat(100);
  const parsed = parseTencentResponse(502, headers, body);
  expect(parsed.kind === 'transport-error' && parsed.bodyExcerpt).toBe('a'.repeat(199));
  const long = parseAliyunResponse(500, headers, 'z'.repeat(5000));
  expect(long.kind === 'transport-error' && long.bodyExcerpt.length).toBe(200);
});
