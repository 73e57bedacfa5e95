// Which host a client talks to: an explicit override, the regional pattern when a region is known, or the
// global host. Plain HTTP only on request, so credentials never travel unencrypted by accident.
import { ConfigurationError } from './errors.ts';
import type { ServiceDescriptor } from './protocols/types.ts';

export interface Endpoint {
  scheme: 'https' | 'http';
  /** Host name, with `:port` when one was given. */
  host: string;
}

export interface EndpointOptions {
  service: ServiceDescriptor;
  region?: string;
  /** `host`, `host:port` or an `http(s)://host[:port][/]` URL. */
  endpoint?: string;
  allowInsecureHttp?: boolean;
}

const REGION = /^[a-z0-9]+(?:-[a-z0-9]+)*$/i;

/**
 * Resolves the endpoint. Without an override, a service with a `regionalHost` pattern uses it when a
 * region is set and falls back to `globalHost` otherwise.
 */
export function resolveEndpoint(options: EndpointOptions): Endpoint {
  const { service, region, endpoint } = options;
  if (endpoint !== undefined) return parseOverride(endpoint, options.allowInsecureHttp === true);
  if (region !== undefined && !REGION.test(region)) {
    throw new ConfigurationError(`Invalid region ${JSON.stringify(region)}: expected e.g. ap-guangzhou or cn-hangzhou`);
  }
  if (region && service.regionalHost) {
    return { scheme: 'https', host: service.regionalHost.replaceAll('{region}', region) };
  }
  if (service.globalHost) return { scheme: 'https', host: service.globalHost };
  if (service.regionalHost) {
    throw new ConfigurationError(
      `${service.provider} ${service.service} has no global endpoint: pass \`region\` (host ${service.regionalHost}) or \`endpoint\``,
    );
  }
  throw new ConfigurationError(`${service.provider} ${service.service} has no endpoint: pass \`endpoint\``);
}

function parseOverride(endpoint: string, allowInsecureHttp: boolean): Endpoint {
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(endpoint);
  let url: URL;
  try {
    url = new URL(hasScheme ? endpoint : `https://${endpoint}`);
  } catch {
    throw new ConfigurationError(`Invalid endpoint ${JSON.stringify(endpoint)}: expected a host or an https:// URL`);
  }
  const scheme = url.protocol.slice(0, -1);
  if (scheme !== 'https' && scheme !== 'http') {
    throw new ConfigurationError(`Unsupported endpoint scheme ${url.protocol} in ${JSON.stringify(endpoint)}`);
  }
  if (scheme === 'http' && !allowInsecureHttp) {
    throw new ConfigurationError(
      `Refusing plain-HTTP endpoint ${url.origin}: signed requests would travel unencrypted. ` +
        'Use https://, or set allowInsecureHttp: true (local mocks and tests only).',
    );
  }
  if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash || url.username || url.password) {
    throw new ConfigurationError(`Endpoint ${JSON.stringify(endpoint)} must be a bare host or origin: these APIs are always served at path /`);
  }
  return { scheme, host: url.host };
}
