// The seam between the client core (client.ts, retry, transport…) and the wire protocols
// (protocols/tencent.ts, protocols/aliyun.ts). A generated client passes exactly one Protocol
// object to the core, so a Tencent-only program never bundles the Alibaba signers.

/** Static facts about one provider service, emitted by the generator from the spec. */
export interface ServiceDescriptor {
  provider: 'tencent' | 'aliyun';
  /** Signing service / product code: `tat`, `batch`, `ecs`, `swas`. */
  service: string;
  /** API version sent on the wire, e.g. `2020-10-28`. */
  version: string;
  /** Global host, e.g. `tat.tencentcloudapi.com`; optional when only a regional pattern exists. */
  globalHost?: string;
  /** Regional host pattern with `{region}`, e.g. `swas.{region}.aliyuncs.com`. */
  regionalHost?: string;
  /** Further hosts the service answers on, as patterns with `{region}` (`ecs-{region}.aliyuncs.com`); only mocks read them. */
  hostAliases?: string[];
}

/** Static or refreshable secret material. Names are provider-neutral. */
export interface Credentials {
  /** Tencent SecretId / Alibaba AccessKeyId. */
  accessKeyId: string;
  /** Tencent SecretKey / Alibaba AccessKeySecret. Never logged. */
  accessKeySecret: string;
  /** Tencent X-TC-Token / Alibaba SecurityToken (temporary credentials). */
  securityToken?: string;
  /** Epoch milliseconds after which the credentials must be refreshed. */
  expiresAt?: number;
}

/** Everything a protocol needs to build and sign one attempt of one call. */
export interface ProtocolRequest {
  service: ServiceDescriptor;
  action: string;
  /** HTTP method on the wire. Tencent: POST JSON or GET flattened query; Alibaba: POST or GET form. */
  method: 'GET' | 'POST';
  /** Operation input exactly as the caller gave it (vendor field names). */
  params: Record<string, unknown>;
  /** Tencent X-TC-Region / Alibaba RegionId stays in params; this is the Tencent header value. */
  region?: string;
  /** Host (with port if any) the request is sent to; the URL is `${scheme}://${host}/`. */
  host: string;
  scheme: 'https' | 'http';
  credentials: Credentials;
  /** Signing time; injected so tests and vectors are reproducible. */
  date: Date;
  /** Alibaba signature nonce; generated when absent. */
  nonce?: string;
  /** `tc3` (default) | `v1-hmac-sha1` | `v1-hmac-sha256` for Tencent; `acs3` (default) | `rpc-v2` for Alibaba. */
  signatureMethod?: string;
  /** Tencent X-TC-Language (`zh-CN` | `en-US`). */
  language?: string;
}

/** A fully signed request ready for any transport. */
export interface WireRequest {
  method: 'GET' | 'POST';
  url: string;
  headers: Record<string, string>;
  body?: string;
}

/** What a protocol makes of an HTTP answer. */
export type ParsedResponse =
  | { kind: 'ok'; data: Record<string, unknown>; requestId?: string }
  | {
      kind: 'api-error';
      code: string;
      message: string;
      requestId?: string;
      httpStatus: number;
      /** Alibaba only. */
      hostId?: string;
      /** Alibaba only. */
      recommend?: string;
    }
  | { kind: 'transport-error'; httpStatus: number; reason: string; bodyExcerpt: string };

/** Protocol ids as the ServiceModel names them (`model.protocol`). */
export type ProtocolId = 'tencent-tc3' | 'aliyun-rpc';

/** Where a call's region travels, and so who supplies it. */
export interface RegionPlacement {
  /** The wire name: Tencent `Region` (X-TC-Region header, or the v1 `Region` parameter), Alibaba `RegionId`. */
  readonly parameter: 'Region' | 'RegionId';
  /**
   * True when the region is an operation input (Alibaba `RegionId`: the client copies its `region` into a
   * missing one); false when only the client's `region` carries it (Tencent).
   */
  readonly inInput: boolean;
}

/**
 * The client-core half of a wire protocol: what one call needs, and nothing more, because a generated
 * client bundles exactly this object. The tools, tests and mocks use the whole protocol (WireProtocol, which
 * extends this one) through the registry in protocols/registry.ts.
 */
export interface Protocol {
  readonly provider: 'tencent' | 'aliyun';
  readonly region: RegionPlacement;
  /** Builds and signs one attempt (called again for every retry so each attempt is re-signed). */
  sign(request: ProtocolRequest): Promise<WireRequest>;
  /** Maps status, headers and body text to data, an API error or a transport error; never throws. */
  parse(status: number, headers: Headers, bodyText: string): ParsedResponse;
  /** True for the API error code saying the signing time is too far from the server's (clock-skew retry). */
  isClockSkewError?(code: string): boolean;
}
