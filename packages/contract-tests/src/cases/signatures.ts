// Signatures: with credentials the handlers verify every signature the client computes, for each of the
// protocol's signature methods and HTTP methods; the same request changed after signing is rejected with the
// service's signature error code.
import { CloudApiError, wireProtocol, type Provider, type ProtocolId, type WireRequest } from '@cloudexec/runtime';
import type { OperationModel } from '@cloudexec/runtime/model';
import { expect } from 'vitest';
import { operationParams, readWire, type WireView } from '../support/wire.ts';
import { TEST_CREDENTIALS, type CaseKit } from './case-kit.ts';

export interface SignatureVariant {
  signatureMethod: string;
  method: 'GET' | 'POST';
  /** Does the signed request show this algorithm signed it? */
  signedWith(view: WireView): boolean;
}

const param = (view: WireView, name: string) => view.pairs.find(([key]) => key === name)?.[1];
const authorization = (prefix: string) => (view: WireView) => (view.headers['authorization'] ?? '').startsWith(prefix);
/** Tencent v1: HmacSHA1 is the default (the method may go unnamed); the Base64 HMAC length tells the hash. */
const tencentV1 = (method: 'HmacSHA1' | 'HmacSHA256', base64Length: number) => (view: WireView) =>
  (param(view, 'SignatureMethod') ?? 'HmacSHA1') === method && param(view, 'Signature')?.length === base64Length;
const rpcV2 = (view: WireView) => param(view, 'SignatureMethod') === 'HMAC-SHA1' && param(view, 'SignatureVersion') === '1.0';

/** Each protocol's signature methods, each sent as GET and as POST across the list. */
export const SIGNATURE_VARIANTS: Record<ProtocolId, SignatureVariant[]> = {
  'tencent-tc3': [
    { signatureMethod: 'tc3', method: 'POST', signedWith: authorization('TC3-HMAC-SHA256 ') },
    { signatureMethod: 'tc3', method: 'GET', signedWith: authorization('TC3-HMAC-SHA256 ') },
    { signatureMethod: 'v1-hmac-sha256', method: 'GET', signedWith: tencentV1('HmacSHA256', 44) },
    { signatureMethod: 'v1-hmac-sha1', method: 'POST', signedWith: tencentV1('HmacSHA1', 28) },
  ],
  'aliyun-rpc': [
    { signatureMethod: 'acs3', method: 'GET', signedWith: authorization('ACS3-HMAC-SHA256 ') },
    { signatureMethod: 'acs3', method: 'POST', signedWith: authorization('ACS3-HMAC-SHA256 ') },
    { signatureMethod: 'rpc-v2', method: 'GET', signedWith: rpcV2 },
    { signatureMethod: 'rpc-v2', method: 'POST', signedWith: rpcV2 },
  ],
};

/** Changes one operation parameter after signing (appends `0` to its value), or adds one when there is none. */
export function tamper(provider: Provider) {
  return (request: WireRequest): WireRequest => {
    const wire = readWire(request);
    if (wire.json !== undefined) {
      const body = { ...(wire.json as Record<string, unknown>) };
      const key = Object.keys(body).find((name) => ['string', 'number'].includes(typeof body[name]));
      if (key) body[key] = `${String(body[key])}0`;
      else body['ContractTamper'] = 1;
      return { ...request, body: JSON.stringify(body) };
    }
    const formBody = request.body !== undefined && request.body !== '';
    const params = new URLSearchParams(formBody ? request.body : new URL(request.url).search);
    const [name] = Object.keys(operationParams([...params.entries()], provider));
    if (name) params.set(name, `${params.get(name) ?? ''}0`);
    else params.append('ContractTamper', '1');
    const text = params.toString().replaceAll('+', '%20');
    if (formBody) return { ...request, body: text };
    const url = new URL(request.url);
    return { ...request, url: `${url.origin}${url.pathname}?${text}` };
  };
}

export function registerSignatureCases(kit: CaseKit, op: OperationModel): void {
  const { model } = kit.target;
  const protocol = wireProtocol(model.protocol);
  const provider = model.service.provider;
  const variants = SIGNATURE_VARIANTS[protocol.id];
  const untested = protocol.signatureMethods.filter((method) => !variants.some((variant) => variant.signatureMethod === method));
  if (untested.length > 0) throw new Error(`no signature case for ${protocol.id} ${untested.join(', ')}`);
  for (const variant of variants) {
    const label = `${variant.signatureMethod} ${variant.method}`;
    const strict = () => kit.server.serve({ credentials: { [TEST_CREDENTIALS.accessKeyId]: TEST_CREDENTIALS.accessKeySecret }, strictSignatures: true });
    const setup = { method: variant.method, overrides: { signatureMethod: variant.signatureMethod, retry: { maxAttempts: 1 } } };
    kit.test(op, 'signatures', `signature ${label}`, async () => {
      strict();
      const { client, recorder } = kit.client(op, setup);
      await kit.target.call(op, client, kit.exampleInput(op));
      expect(recorder.exchanges.map((exchange) => exchange.request.method)).toEqual([variant.method]);
      expect(variant.signedWith(readWire(recorder.exchanges[0]!.request)), `signed with ${variant.signatureMethod}`).toBe(true);
    });
    kit.test(op, 'signatures', `signature ${label} tampered`, async () => {
      strict();
      const { client, recorder } = kit.client(op, { ...setup, tamper: tamper(provider) });
      const error = await kit.target.call(op, client, kit.exampleInput(op)).then(
        () => expect.fail('the handlers accepted a request changed after signing'),
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(CloudApiError);
      const status = model.common.errors.find((entry) => entry.code === model.common.signatureErrorCode)?.httpStatus;
      expect({ code: (error as CloudApiError).code, httpStatus: (error as CloudApiError).httpStatus }).toEqual({
        code: model.common.signatureErrorCode,
        httpStatus: protocol.errorHttpStatus(status),
      });
      expect(recorder.exchanges).toHaveLength(1);
    });
  }
}
