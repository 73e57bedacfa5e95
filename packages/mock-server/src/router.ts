// Which mock answers a request. By host name first: the vendors' global and regional hosts (`tat.tencentcloudapi.com`,
// `tat.ap-guangzhou.tencentcloudapi.com`, `ecs.cn-hangzhou.aliyuncs.com`) and the SDK endpoint-map forms
// (`ecs-cn-hangzhou.aliyuncs.com`, `ecs-vpc.cn-hangzhou.aliyuncs.com`). A request addressed to the server itself
// (`127.0.0.1:<port>`, `localhost`, or a configured local name) carries no service in its host, so it goes to the
// service whose API version it names: the four versions are distinct, and the action breaks any future tie.
import type { MockService } from '@cloudexec/mock';
import type { CallHints } from './call-hints.ts';
import type { ProviderId } from './providers.ts';

export const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '[::1]'];

export interface Route {
  id: ProviderId;
  service: MockService;
  /** Host for the URL handed to the engine: the request's own, or the canonical form of a vendor alias. */
  urlHost: string;
}

export type RouteResult = { ok: true; route: Route } | { ok: false; reason: 'unknown-host' | 'unknown-version'; host: string };

export function createRouter(services: ReadonlyMap<ProviderId, MockService>, localHosts: readonly string[]): (host: string, hints: CallHints) => RouteResult {
  const local = new Set([...LOOPBACK_HOSTS, ...localHosts].map(hostnameOf));
  const aliases = [...services].flatMap(([id, service]) => aliasPatterns(id, service));
  return (host, hints) => {
    const name = hostnameOf(host);
    if (local.has(name)) return byVersion(services, host, hints);
    // Aliases first: the engine also answers a spec-listed alias (ECS), but the server hands it the canonical host.
    for (const alias of aliases) {
      const canonical = alias.canonical(name);
      if (canonical) return { ok: true, route: { id: alias.id, service: alias.service, urlHost: canonical } };
    }
    for (const [id, service] of services) {
      if (service.matchesHost(name)) return { ok: true, route: { id, service, urlHost: host } };
    }
    return { ok: false, reason: 'unknown-host', host };
  };
}

function byVersion(services: ReadonlyMap<ProviderId, MockService>, host: string, hints: CallHints): RouteResult {
  const sameVersion = [...services].filter(([, service]) => service.model.service.version === hints.version);
  const chosen = sameVersion.find(([, service]) => service.model.operations.some((op) => op.action === hints.action)) ?? sameVersion[0];
  if (!chosen) return { ok: false, reason: 'unknown-version', host };
  return { ok: true, route: { id: chosen[0], service: chosen[1], urlHost: host } };
}

interface Alias {
  id: ProviderId;
  service: MockService;
  canonical(hostname: string): string | undefined;
}

/** The host aliases the SDK endpoint maps use (Alibaba `ecs-cn-hangzhou.aliyuncs.com`), as the protocol knows them. */
function aliasPatterns(id: ProviderId, service: MockService): Alias[] {
  return [{ id, service, canonical: (hostname) => service.protocol.canonicalHost(hostname) }];
}

/** Lower-case host name without port; IPv6 literals keep their brackets. */
export function hostnameOf(host: string): string {
  const lower = host.trim().toLowerCase();
  if (lower.startsWith('[')) return lower.slice(0, lower.indexOf(']') + 1);
  return lower.replace(/:\d*$/, '');
}
