// Wire requests as the clients send them, built by hand so the tests read like the protocol facts.

export function tencentPost(action: string, body: unknown, headers: Record<string, string> = {}, host = 'tat.tencentcloudapi.com'): Request {
  return new Request(`https://${host}/`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-TC-Action': action, 'X-TC-Version': '2020-10-28', 'X-TC-Timestamp': '1700000000', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** Signature-v1 style GET: Action and Version travel in the query with the flattened (0-based) parameters. */
export function tencentGet(query: Record<string, string>, host = 'tat.tencentcloudapi.com'): Request {
  const search = new URLSearchParams({ Version: '2020-10-28', ...query });
  return new Request(`https://${host}/?${search.toString()}`, { method: 'GET', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
}

/** RPC style: Action, Version and the flattened (1-based) parameters in the query string. */
export function aliyunQuery(params: Record<string, string>, method: 'GET' | 'POST' = 'POST', host = 'ecs.aliyuncs.com'): Request {
  const search = new URLSearchParams({ Action: 'DescribeInvocations', Version: '2014-05-26', Format: 'JSON', ...params });
  return new Request(`https://${host}/?${search.toString()}`, { method });
}

/** RPC style with the parameters in a form body. */
export function aliyunForm(params: Record<string, string>, host = 'ecs.aliyuncs.com'): Request {
  const body = new URLSearchParams({ Action: 'DescribeInvocations', Version: '2014-05-26', ...params });
  return new Request(`https://${host}/`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: body.toString() });
}

export async function json(response: Response): Promise<Record<string, any>> {
  return (await response.json()) as Record<string, any>;
}

/** Tencent answers API errors with HTTP 200 and `Response.Error`. */
export async function tencentError(response: Response): Promise<{ status: number; code: string; requestId: string }> {
  const body = await json(response);
  return { status: response.status, code: body['Response']?.Error?.Code, requestId: body['Response']?.RequestId };
}

export async function aliyunError(response: Response): Promise<{ status: number; code: string; requestId: string }> {
  const body = await json(response);
  return { status: response.status, code: body['Code'], requestId: body['RequestId'] };
}
