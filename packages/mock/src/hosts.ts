// Which hosts a mock answers for: the global host, the regional pattern (`tat.{region}.tencentcloudapi.com`), the
// documented aliases (`ecs-{region}.aliyuncs.com`) and any extra hosts the caller lists (e.g. `localhost` for a
// standalone mock server). Ports are ignored.
import type { ServiceDescriptor } from '@cloudexec/runtime';

export function createHostMatcher(service: ServiceDescriptor, extraHosts: readonly string[] = []): (host: string) => boolean {
  const exact = new Set([service.globalHost, ...extraHosts].filter((h): h is string => !!h).map(hostname));
  const patterns = [service.regionalHost, ...(service.hostAliases ?? [])].filter((h): h is string => !!h).map(regionalPattern);
  return (host) => {
    const name = hostname(host);
    return exact.has(name) || patterns.some((pattern) => pattern.test(name));
  };
}

function hostname(host: string): string {
  const lower = host.trim().toLowerCase();
  if (lower.startsWith('[')) return lower.slice(0, lower.indexOf(']') + 1);
  return lower.replace(/:\d+$/, '');
}

function regionalPattern(pattern: string): RegExp {
  if (!pattern.includes('{region}')) return new RegExp(`^${escape(pattern.toLowerCase())}$`);
  const [before, after] = pattern.toLowerCase().split('{region}').map(escape);
  return new RegExp(`^${before ?? ''}[a-z0-9-]+${after ?? ''}$`);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
