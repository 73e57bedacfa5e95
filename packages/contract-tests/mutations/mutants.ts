// Deliberately broken clients for the mutation check: each keeps the package's operations and breaks one
// thing the suite must notice — a validator losing one limit, a query flattened 1-based instead of 0-based,
// one character of a signature, one error code mapped wrongly.
import { ApiClient, ValidationError, type OperationDescriptor, type Protocol, type WireRequest } from '@cloudexec/runtime';
import type { ServiceModel } from '@cloudexec/runtime/model';
import type { ContractClientOptions } from '../src/index.ts';

type CreateClient = (options: ContractClientOptions) => ApiClient;

/** The package's client with every descriptor rewritten before it reaches `send`. */
function rewritingDescriptors(createClient: CreateClient, rewrite: (op: OperationDescriptor) => OperationDescriptor): CreateClient {
  return (options) => {
    const client = createClient(options);
    const wrapper = Object.create(client) as ApiClient;
    wrapper.send = (op, input, callOptions) => client.send(rewrite(op as OperationDescriptor) as typeof op, input, callOptions);
    return wrapper;
  };
}

/** A plain ApiClient on the model's service with a wrapped protocol. */
function withProtocol(model: ServiceModel, base: Protocol, wrap: (base: Protocol) => Protocol): CreateClient {
  const protocol = wrap(base);
  return (options) => new ApiClient({ ...options, protocol, service: model.service });
}

/** The validator no longer checks `constraint` on `path` (its ValidationError is swallowed). */
export function dropLimit(createClient: CreateClient, action: string, path: string, constraint: string): CreateClient {
  return rewritingDescriptors(createClient, (op) => {
    const validate = op.validate;
    if (op.action !== action || !validate) return op;
    return {
      ...op,
      validate: (input) => {
        try {
          validate(input);
        } catch (error) {
          const dropped = error instanceof ValidationError && error.path.replace(/\[\d+\]/g, '[]') === path && error.constraint === constraint;
          if (!dropped) throw error;
        }
      },
    };
  });
}

/** Lists become objects keyed from 1, so a 0-based (Tencent) query reads `Filters.1.Values.1`; signed consistently. */
function oneBased(value: unknown): unknown {
  if (Array.isArray(value)) return Object.fromEntries(value.map((item, i) => [String(i + 1), oneBased(item)]));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, oneBased(item)]));
  return value;
}

export function misflattenQuery(model: ServiceModel, base: Protocol): CreateClient {
  return withProtocol(model, base, (protocol) => ({
    ...protocol,
    sign: (request) => protocol.sign(request.method === 'GET' ? { ...request, params: oneBased(request.params) as Record<string, unknown> } : request),
  }));
}

function flip(char: string): string {
  return char === '0' ? '1' : char === 'A' ? 'B' : char === 'a' ? 'b' : '0';
}

/** The last character of the computed signature changes (Authorization header or Signature parameter). */
export function alterSignatureChar(model: ServiceModel, base: Protocol): CreateClient {
  const alter = (request: WireRequest): WireRequest => {
    const authorization = request.headers['Authorization'];
    const match = authorization && /Signature=([^,\s]+)/.exec(authorization);
    if (authorization && match?.[1]) {
      const signature = match[1];
      const altered = signature.slice(0, -1) + flip(signature.slice(-1));
      return { ...request, headers: { ...request.headers, Authorization: authorization.replace(signature, altered) } };
    }
    const url = new URL(request.url);
    const signature = url.searchParams.get('Signature') ?? new URLSearchParams(request.body ?? '').get('Signature');
    if (!signature) return request;
    const altered = `${signature.slice(0, 4)}${flip(signature.charAt(4))}${signature.slice(5)}`;
    const swap = (text: string) => text.replace(`Signature=${encodeURIComponent(signature)}`, `Signature=${encodeURIComponent(altered)}`);
    return { ...request, url: swap(request.url), ...(request.body === undefined ? {} : { body: swap(request.body) }) };
  };
  return withProtocol(model, base, (protocol) => ({ ...protocol, sign: async (request) => alter(await protocol.sign(request)) }));
}

/** The answer's error code `from` reaches the caller as `to`. */
export function mapCodeWrongly(model: ServiceModel, base: Protocol, from: string, to: string): CreateClient {
  return withProtocol(model, base, (protocol) => ({
    ...protocol,
    parse: (status, headers, body) => {
      const parsed = protocol.parse(status, headers, body);
      return parsed.kind === 'api-error' && parsed.code === from ? { ...parsed, code: to } : parsed;
    },
  }));
}

/** Responses of `action` lose `member` from every element of the list `list` (a client that drops a new field). */
export function dropResponseMember(createClient: CreateClient, action: string, list: string, member: string): CreateClient {
  return (options) => {
    const client = createClient(options);
    const wrapper = Object.create(client) as ApiClient;
    wrapper.send = (async (op: OperationDescriptor, input: unknown, callOptions: unknown) => {
      const data = (await (client.send as (...args: unknown[]) => Promise<Record<string, unknown>>)(op, input, callOptions)) ?? {};
      const items = op.action === action ? data[list] : undefined;
      if (!Array.isArray(items)) return data;
      return { ...data, [list]: items.map((item) => (item !== null && typeof item === 'object' ? { ...item, [member]: undefined } : item)) };
    }) as ApiClient['send'];
    return wrapper;
  };
}
