import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { ApiClient, ConfigurationError, resolveEndpoint, type EndpointOptions, type ServiceDescriptor } from '../src/index.ts';
import { createFakeProtocol, ecsService, tatService } from './support/fake-protocol.ts';
import { useMswServer } from './support/msw.ts';
import { testCredentials } from './support/secrets.ts';

const server = useMswServer();
const swasService: ServiceDescriptor = { provider: 'aliyun', service: 'swas', version: '2020-06-01', regionalHost: 'swas.{region}.aliyuncs.com' };

describe('resolveEndpoint', () => {
  const cases: Array<[string, EndpointOptions, { scheme: string; host: string }]> = [
    ['global host', { service: tatService }, { scheme: 'https', host: 'tat.tencentcloudapi.com' }],
    [
      'global host even with a region when no pattern exists',
      { service: tatService, region: 'ap-guangzhou' },
      { scheme: 'https', host: 'tat.tencentcloudapi.com' },
    ],
    ['regional pattern when a region is set', { service: ecsService, region: 'cn-hangzhou' }, { scheme: 'https', host: 'ecs.cn-hangzhou.aliyuncs.com' }],
    ['global host without a region', { service: ecsService }, { scheme: 'https', host: 'ecs.aliyuncs.com' }],
    [
      'bare host override',
      { service: ecsService, region: 'cn-hangzhou', endpoint: 'ecs-vpc.cn-hangzhou.aliyuncs.com' },
      { scheme: 'https', host: 'ecs-vpc.cn-hangzhou.aliyuncs.com' },
    ],
    ['host:port override', { service: tatService, endpoint: 'localhost:8443' }, { scheme: 'https', host: 'localhost:8443' }],
    [
      'https URL override',
      { service: tatService, endpoint: 'https://tat.intl.tencentcloudapi.com/' },
      { scheme: 'https', host: 'tat.intl.tencentcloudapi.com' },
    ],
    [
      'http URL with allowInsecureHttp',
      { service: tatService, endpoint: 'http://127.0.0.1:9000', allowInsecureHttp: true },
      { scheme: 'http', host: '127.0.0.1:9000' },
    ],
  ];
  it.each(cases)('%s', (_name, options, expected) => {
    expect(resolveEndpoint(options)).toEqual(expected);
  });

  const failures: Array<[string, EndpointOptions, RegExp]> = [
    [
      'http without allowInsecureHttp',
      { service: tatService, endpoint: 'http://127.0.0.1:9000' },
      /Refusing plain-HTTP endpoint http:\/\/127\.0\.0\.1:9000.*allowInsecureHttp: true/,
    ],
    ['a path in the override', { service: tatService, endpoint: 'https://proxy.example.com/tat' }, /must be a bare host or origin/],
    ['another scheme', { service: tatService, endpoint: 'ftp://x.example.com' }, /Unsupported endpoint scheme ftp:/],
    [
      'a regional-only service without a region',
      { service: swasService },
      /has no global endpoint: pass `region` \(host swas\.\{region\}\.aliyuncs\.com\) or `endpoint`/,
    ],
    ['a region that would change the host', { service: swasService, region: 'evil.com/x' }, /Invalid region/],
  ];
  it.each(failures)('rejects %s', (_name, options, message) => {
    expect(() => resolveEndpoint(options)).toThrow(ConfigurationError);
    expect(() => resolveEndpoint(options)).toThrow(message);
  });
});

describe('client endpoints', () => {
  it('fails at construction for an http endpoint without allowInsecureHttp', () => {
    expect(() => new ApiClient({ protocol: createFakeProtocol(), service: tatService, endpoint: 'http://localhost:8080' })).toThrow(ConfigurationError);
  });

  it('sends to an allowed http override, signing that host', async () => {
    let host: string | undefined;
    server.use(
      http.post('http://localhost:8080/', ({ request }) => {
        host = new URL(request.url).host;
        return HttpResponse.json({ Response: { RequestId: 'r' } });
      }),
    );
    const protocol = createFakeProtocol();
    const client = new ApiClient({
      protocol,
      service: tatService,
      endpoint: 'http://localhost:8080',
      allowInsecureHttp: true,
      credentials: testCredentials,
    });
    await client.send({ action: 'DescribeInvocations' }, {});
    expect(host).toBe('localhost:8080');
    expect(protocol.signed[0]).toMatchObject({ scheme: 'http', host: 'localhost:8080' });
  });
});
