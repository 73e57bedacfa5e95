// `@cloudexec/runtime`: the web-standard core shared by every generated client. No `node:` imports are
// reachable from here (test/import-graph.test.ts checks it).
export { ApiClient } from './client.ts';
export type {
  ApiClientOptions,
  CallOptions,
  ClientHooks,
  OperationDescriptor,
  RequestEvent,
  ResponseEvent,
  RetryEvent,
} from './client-types.ts';
export { systemClock, type Clock } from './clock.ts';
export {
  CREDENTIAL_ENV_VARIABLES,
  SecretCredentials,
  cachedCredentialProvider,
  credentialsFromEnv,
  staticCredentials,
  type CachedProviderOptions,
  type CredentialProvider,
  type CredentialRequest,
} from './credentials.ts';
export { resolveEndpoint, type Endpoint, type EndpointOptions } from './endpoint.ts';
export {
  CloudApiError,
  CloudExecError,
  ConfigurationError,
  CredentialsError,
  CredentialsTimeoutError,
  PaginationError,
  ResponseTooLargeError,
  ResponseTypeError,
  TimeoutError,
  TransportError,
  ValidationError,
  isApiError,
  type CloudApiErrorInit,
  type Provider,
  type TransportErrorInit,
  type ValidationErrorInit,
} from './errors.ts';
export {
  paginateNextToken,
  paginateOffset,
  paginatePageNumber,
  type NextTokenPaginationOptions,
  type OffsetPaginationOptions,
  type PageNumberPaginationOptions,
  type Paginator,
} from './paginate.ts';
export {
  RateLimiter,
  RateLimiterRegistry,
  type RateLimiterOptions,
  type RateLimiterRegistryOptions,
  type ReleaseToken,
} from './rate-limit.ts';
export { REDACTED, redactHeaders, redactRequest, redactUrl } from './redact.ts';
export {
  DEFAULT_RETRY,
  isRetryableCode,
  isThrottlingCode,
  retryAfterMs,
  type RetryOptions,
} from './retry.ts';
export { createFetchTransport, fetchTransport, type Transport, type TransportResponse } from './transport.ts';
export { DEFAULT_MAX_RESPONSE_BYTES, type TransportOptions } from './response-limit.ts';
export { coerceFields, fieldTypesFromSchema, type FieldType, type FieldTypes } from './coerce.ts';
export {
  DEFAULT_WAITER_TIMEOUT_MS,
  statusWaitState,
  waitFor,
  waitForStatus,
  type StatusWaitOptions,
  type WaiterOptions,
  type WaitOptions,
  type WaitResult,
  type WaitState,
} from './wait.ts';
export { validateInput } from './validation.ts';
export * from './constraints.ts';
// Generated clients import their one client-side protocol object; the whole protocol objects and their
// registry are for the generator, tests and mocks (unused exports are dropped from a client's bundle).
export { aliyunProtocol } from './protocols/aliyun.ts';
export { aliyunRpc } from './protocols/aliyun-rpc.ts';
export { COMMON_PARAMETERS } from './protocols/common-params.ts';
export { WIRE_PROTOCOLS, wireProtocol, wireProtocolOfProvider } from './protocols/registry.ts';
export { tencentProtocol } from './protocols/tencent.ts';
export { tencentTc3 } from './protocols/tencent-tc3.ts';
export type {
  Credentials,
  ParsedResponse,
  Protocol,
  ProtocolId,
  ProtocolRequest,
  RegionPlacement,
  ServiceDescriptor,
  WireRequest,
} from './protocols/types.ts';
export type { WireProtocol } from './protocols/wire-protocol.ts';
