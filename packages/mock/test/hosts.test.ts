// createHostMatcher: the hosts a mock answers for, including the documented aliases (SDK endpoint-map forms).
import { describe, expect, it } from 'vitest';
import { createHostMatcher } from '../src/hosts.ts';
import type { ServiceDescriptor } from '@cloudexec/runtime';

const ecs: ServiceDescriptor = {
  provider: 'aliyun',
  service: 'ecs',
  version: '2014-05-26',
  globalHost: 'ecs.aliyuncs.com',
  regionalHost: 'ecs.{region}.aliyuncs.com',
  hostAliases: ['ecs-{region}.aliyuncs.com', 'ecs-vpc.{region}.aliyuncs.com'],
};

describe('createHostMatcher', () => {
  const matches = createHostMatcher(ecs, ['localhost']);

  it.each([
    ['ecs.aliyuncs.com', true],
    ['ecs.cn-hangzhou.aliyuncs.com:443', true],
    ['ecs-cn-hangzhou.aliyuncs.com', true],
    ['ECS-VPC.cn-beijing.aliyuncs.com', true],
    ['localhost:8080', true],
    ['ecs-vpc.aliyuncs.com.evil.example', false],
    ['ecs-cn-hangzhou.aliyuncs.com.evil.example', false],
    ['ecs-vpc..aliyuncs.com', false],
    ['swas-cn-hangzhou.aliyuncs.com', false],
  ])('%s → %s', (host, want) => {
    expect(matches(host)).toBe(want);
  });

  it('answers no alias when the service lists none', () => {
    const { hostAliases: _aliases, ...plain } = ecs;
    expect(createHostMatcher(plain)('ecs-cn-hangzhou.aliyuncs.com')).toBe(false);
    expect(createHostMatcher(plain)('ecs.cn-hangzhou.aliyuncs.com')).toBe(true);
  });
});
