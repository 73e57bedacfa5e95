// Provider-shaped mock answers read back by the client-side envelope parsers.
import { expect, test } from 'vitest';
import { aliyunProtocol, tencentProtocol } from '@cloudexec/runtime';
import { aliyunErrorResponse, aliyunSuccessResponse } from '../../src/protocols/aliyun.ts';
import { readRawRequest } from '../../src/protocols/server-request.ts';
import { tencentErrorResponse, tencentSuccessResponse } from '../../src/protocols/tencent.ts';

/** The client's reading of a mock answer. */
async function parsedBy(parse: typeof tencentProtocol.parse, response: Response) {
  return parse(response.status, response.headers, await response.text());
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

test('Tencent error: HTTP 200, Response.Error envelope, parsed back as an api-error', async () => {
  const response = tencentErrorResponse({ code: 'InvalidParameterValue.InvalidFilter', message: 'bad filter', requestId: 'req-1' });
  expect(response.status).toBe(200);
  expect(await response.clone().json()).toEqual({
    Response: { Error: { Code: 'InvalidParameterValue.InvalidFilter', Message: 'bad filter' }, RequestId: 'req-1' },
  });
  expect(await parsedBy(tencentProtocol.parse, response)).toEqual({
    kind: 'api-error',
    code: 'InvalidParameterValue.InvalidFilter',
    message: 'bad filter',
    requestId: 'req-1',
    httpStatus: 200,
  });
});

test('Tencent success: data wrapped in Response with a RequestId', async () => {
  const response = tencentSuccessResponse({ TotalCount: 0, InvocationSet: [] });
  const parsed = await parsedBy(tencentProtocol.parse, response);
  expect(parsed).toMatchObject({ kind: 'ok', data: { TotalCount: 0, InvocationSet: [] } });
  expect(parsed.kind === 'ok' && parsed.requestId).toMatch(UUID);
  expect(await tencentSuccessResponse({ RequestId: 'keep' }).json()).toEqual({ Response: { RequestId: 'keep' } });
});

test('Alibaba error: status, the five fields in order, and the troubleshooting link', async () => {
  const response = aliyunErrorResponse({
    code: 'InvalidParam.PageSize',
    message: 'The specified parameter PageSize is invalid.',
    httpStatus: 400,
    hostId: 'ecs.aliyuncs.com',
    product: 'Ecs',
    requestId: 'REQ-1',
  });
  expect(response.status).toBe(400);
  expect(Object.keys((await response.clone().json()) as object)).toEqual(['RequestId', 'HostId', 'Code', 'Message', 'Recommend']);
  expect(await parsedBy(aliyunProtocol.parse, response)).toEqual({
    kind: 'api-error',
    code: 'InvalidParam.PageSize',
    message: 'The specified parameter PageSize is invalid.',
    requestId: 'REQ-1',
    httpStatus: 400,
    hostId: 'ecs.aliyuncs.com',
    recommend: 'https://api.aliyun.com/troubleshoot?q=InvalidParam.PageSize&product=Ecs&requestId=REQ-1',
  });
});

test('Alibaba success: plain JSON with an upper-case RequestId', async () => {
  const web = aliyunSuccessResponse({ TotalCount: 1 });
  expect(web.status).toBe(200);
  const body = (await web.json()) as Record<string, unknown>;
  expect(body['TotalCount']).toBe(1);
  expect(body['RequestId']).toMatch(/^[0-9A-F-]{36}$/);
  expect(web.headers.get('x-acs-request-id')).toBe(body['RequestId']);
  expect(await aliyunSuccessResponse({ RequestId: 'a', X: 1 }, 'b').json()).toEqual({ RequestId: 'b', X: 1 });
});

test('readRawRequest leaves the original Request body readable', async () => {
  const request = new Request('https://tat.tencentcloudapi.com/', { method: 'POST', body: '{"A":1}', headers: { 'X-TC-Action': 'A' } });
  const raw = await readRawRequest(request);
  expect(raw.body).toBe('{"A":1}');
  expect(await request.text()).toBe('{"A":1}');
});
