// What spec-check needs to know about each wire protocol to read a documented example, keyed by the
// protocol id a spec names (x-cloudexec-service.protocol). The client and mock protocol objects live in
// the runtime; the checker keeps this small record of its own so it reads specs without loading them.
import type { ProtocolId } from './extension-types.ts';
import { isRecord } from './pointer.ts';

export interface ExampleProtocolFacts {
  /** Query parameters every request of the protocol may carry; an example's own input is the rest. */
  commonParameters: ReadonlySet<string>;
  /** Index of the first element when a list is flattened into query keys (`Tag.1.Key`). */
  firstListIndex: 0 | 1;
  /** Member wrapping every answer, success or error (`Response`), or null when the body is the payload. */
  wrapper: string | null;
  /** The HTTP status every API error is answered with, or null when each code has its own. */
  errorStatus: number | null;
  /** Whether an answer (inside the wrapper) is an error, and where its code is. */
  isError(payload: Record<string, unknown>, status: number): boolean;
  errorCodePath: readonly string[];
  /** How messages name the provider. */
  label: string;
}

export const EXAMPLE_PROTOCOL_FACTS: Record<ProtocolId, ExampleProtocolFacts> = {
  'tencent-tc3': {
    commonParameters: new Set([
      'Action',
      'Version',
      'Region',
      'Timestamp',
      'Nonce',
      'SecretId',
      'Signature',
      'SignatureMethod',
      'Token',
      'Language',
      'RequestClient',
    ]),
    firstListIndex: 0,
    wrapper: 'Response',
    errorStatus: 200,
    isError: (payload) => isRecord(payload.Error),
    errorCodePath: ['Error', 'Code'],
    label: 'Tencent',
  },
  'aliyun-rpc': {
    commonParameters: new Set([
      'Action',
      'Version',
      'Format',
      'RegionId',
      'AccessKeyId',
      'Signature',
      'SignatureMethod',
      'SignatureVersion',
      'SignatureNonce',
      'SignatureType',
      'Timestamp',
      'SecurityToken',
      'ResourceOwnerAccount',
      'OwnerAccount',
    ]),
    firstListIndex: 1,
    wrapper: null,
    errorStatus: null,
    // Alibaba answers errors with an HTTP error status and a top-level Code and Message.
    isError: (payload, status) => status >= 400 || (typeof payload.Code === 'string' && typeof payload.Message === 'string' && status !== 200),
    errorCodePath: ['Code'],
    label: 'Alibaba',
  },
};

/** The protocol a spec names, when it names a known one (else its extension problems are reported elsewhere). */
export function protocolOf(...extensions: unknown[]): ProtocolId | undefined {
  for (const extension of extensions) {
    const named = isRecord(extension) ? extension.protocol : undefined;
    if (typeof named === 'string' && Object.hasOwn(EXAMPLE_PROTOCOL_FACTS, named)) return named as ProtocolId;
  }
  return undefined;
}
