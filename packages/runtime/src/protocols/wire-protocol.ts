// The whole of one wire protocol: the client-core half (Protocol: signing, envelope, retryable codes, region
// placement) plus the facts the generator, the contract suite and the mocks read. One object per protocol
// (tencent-tc3.ts, aliyun-rpc.ts), found through the registry (registry.ts) by the ServiceModel's protocol
// id: nothing outside these objects asks which provider it is talking to.
import type { ParamPair } from '../signing/param-pairs.ts';
import type { Protocol, ProtocolId } from './types.ts';

export interface WireProtocol extends Protocol {
  /** The ServiceModel's `protocol`; the registry's key. */
  readonly id: ProtocolId;
  /** Vendor name for people: `Tencent Cloud`, `Alibaba Cloud`. */
  readonly vendor: string;
  /** The `signatureMethod` values the client accepts; the first is the default. */
  readonly signatureMethods: readonly string[];
  /** First index of a list element in flattened names: Tencent `Filters.0.Values.0`, Alibaba `Tag.1.Key`. */
  readonly listBase: 0 | 1;
  /** Routing and signing parameters a query or form body carries besides the operation's own. */
  readonly commonParameters: ReadonlySet<string>;
  /** Header documented (TC3) examples carry the region in; absent when the region is an input. */
  readonly regionHeader?: string;
  /** A region every service of the protocol answers in; tests and mocks use it when one is needed. */
  readonly defaultRegion: string;
  /** Throttling codes: the only API errors a non-idempotent call may be retried after. */
  readonly throttlingCode: RegExp;
  /**
   * Codes worth sending again: throttling and temporary server faults. The client core classifies with the
   * union in retry.ts (isRetryableCode, smaller in every bundle); test/protocols/registry.test.ts keeps it
   * covering these.
   */
  readonly retryableCode: RegExp;
  /** Codes of a refused credential, signature or authorisation. */
  readonly authCode: RegExp;
  /** The HTTP status an API error travels with: Tencent always 200, Alibaba the documented one (400 if none). */
  errorHttpStatus(documented: number | null | undefined): number;
  /** A request id in the provider's spelling: Tencent lower-case, Alibaba upper-case. */
  formatRequestId(id: string): string;
  /** True when the operation's parameters travel as a JSON body; otherwise as flattened query or form pairs. */
  sendsJson(method: 'GET' | 'POST', signatureMethod?: string): boolean;
  /** Flattens operation parameters into wire pairs (list indexes from `listBase`). */
  flatten(params: Readonly<Record<string, unknown>>): ParamPair[];
  /** Inverse of `flatten`; values stay strings. */
  unflatten(pairs: Iterable<ParamPair>): Record<string, unknown>;
}
