// errorResponse: the provider's error shape with the documented status, for front ends (the standalone mock
// server) that refuse a request before it reaches handle().
import { describe, expect, it } from 'vitest';
import { createMockService } from '../src/index.ts';
import { aliyunModel, tencentModel } from './fixtures.ts';

describe('MockService.errorResponse', () => {
  it('answers Tencent errors with HTTP 200 and the Response envelope', async () => {
    const answer = createMockService(tencentModel).errorResponse('InvalidAction', 'no such API', 'cvm.tencentcloudapi.com');
    expect(answer.status).toBe(200);
    expect(await answer.json()).toMatchObject({ Response: { Error: { Code: 'InvalidAction', Message: 'no such API' }, RequestId: expect.any(String) } });
  });

  it("answers Alibaba errors with the code's documented status and the host as HostId", async () => {
    const documented = aliyunModel.common.errors.find((error) => error.httpStatus !== 400);
    if (!documented) throw new Error('the Alibaba fixture documents no error with a status other than 400');
    const answer = createMockService(aliyunModel).errorResponse(documented.code, 'refused', 'ecs.aliyuncs.com:8787');
    expect(answer.status).toBe(documented.httpStatus);
    expect(await answer.json()).toMatchObject({ Code: documented.code, Message: 'refused', HostId: 'ecs.aliyuncs.com', RequestId: expect.any(String) });
  });
});
