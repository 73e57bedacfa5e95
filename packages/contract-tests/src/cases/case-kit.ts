// The small vocabulary every case module uses: register a named case with its matrix coordinates, build a
// client wired to a recording transport, pick an input.
import type { ApiClient, WireRequest } from '@cloudexec/runtime';
import type { OperationModel } from '@cloudexec/runtime/model';
import { it } from 'vitest';
import type { ContractServer } from '../server.ts';
import { explicitPlacement, type Placement } from '../support/placement.ts';
import { recordingTransport, type RecordingTransport } from '../support/recording-transport.ts';
import type { CaseCategory, ContractClientOptions, ResolvedTarget } from '../target.ts';

/** Where a case sits in the matrix; reporters read it from the test's meta. */
export interface ContractMeta {
  package: string;
  action: string;
  category: CaseCategory;
  /** The case name after `<package>:<Action>:`. */
  case: string;
  /** The check does not apply (e.g. no documented QPS); the case still asserts that nothing limits. */
  notApplicable?: boolean;
}

declare module 'vitest' {
  interface TaskMeta {
    contract?: ContractMeta;
  }
}

/** Fixed, recognisable test credentials (never real). */
export const TEST_CREDENTIALS = { accessKeyId: 'AKIDcontractTestKey0000EXAMPLE', accessKeySecret: 'contract-test-secret-EXAMPLE' };

export interface CaseClient {
  client: ApiClient;
  recorder: RecordingTransport;
}

export interface ClientSetup {
  /** Default: the explicit endpoint (see support/placement.ts). */
  placement?: Placement;
  overrides?: Partial<ContractClientOptions>;
  tamper?: (request: WireRequest) => WireRequest;
  /** Force the wire method (a client whose `send` rewrites the descriptor's method). */
  method?: 'GET' | 'POST';
}

export interface CaseKit {
  target: ResolvedTarget;
  server: ContractServer;
  test(op: OperationModel, category: CaseCategory, name: string, body: () => Promise<void>, extra?: { notApplicable?: boolean }): void;
  client(op: OperationModel, setup?: ClientSetup): CaseClient;
  /** The first example's input (a valid call), or the required parameters when there is no example. */
  exampleInput(op: OperationModel): Record<string, unknown>;
}

export function createCaseKit(target: ResolvedTarget, server: ContractServer, exampleInput: CaseKit['exampleInput']): CaseKit {
  const { model } = target;
  return {
    target,
    server,
    exampleInput,
    test(op, category, name, body, extra = {}) {
      const meta: ContractMeta = { package: target.label, action: op.action, category, case: name, ...extra };
      it(`${target.label}:${op.action}:${name}`, { meta: { contract: meta } }, body);
    },
    client(op, setup = {}) {
      const clock = setup.overrides?.clock;
      const recorder = recordingTransport(setup.tamper, clock ? () => clock.now() : undefined);
      const placement = setup.placement ?? explicitPlacement(model, op);
      const client = target.newClient({
        credentials: TEST_CREDENTIALS,
        rateLimiter: false,
        retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 5 },
        timeoutMs: 10_000,
        ...placement,
        ...setup.overrides,
        transport: recorder.transport,
      });
      return { client: setup.method ? withMethod(client, setup.method) : client, recorder };
    },
  };
}

/** The same client, sending every operation with `method` (Tencent POST actions as GET and vice versa). */
export function withMethod(client: ApiClient, method: 'GET' | 'POST'): ApiClient {
  const wrapper = Object.create(client) as ApiClient;
  wrapper.send = (op, input, options) => client.send({ ...op, method }, input, options);
  return wrapper;
}
