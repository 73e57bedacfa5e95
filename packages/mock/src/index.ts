// @cloudexec/mock: a model-driven stand-in for one provider service. Framework-neutral (web Request in, web
// Response out, no dependencies besides @cloudexec/runtime), so MSW handlers and a plain node:http server can
// both sit in front of it. What differs per provider lives in the server-side protocol objects (protocols/).
import type { ServiceModel } from '@cloudexec/runtime/model';
import { dispatch } from './dispatch.ts';
import { createExecutionEngine, type ExecutionsControl } from './executions/index.ts';
import { createHostMatcher } from './hosts.ts';
import type { AnyOperations, Dataset, DatasetItem, OperationMap, PagedAction } from './operation-types.ts';
import { createOverrideQueue, type MockOverride } from './overrides.ts';
import { serverProtocolFor } from './protocols/registry.ts';
import type { ServerProtocol } from './protocols/types.ts';
import { statusForCode } from './respond.ts';
import { createActionThrottle } from './throttle.ts';

export type { AnyOperations, Dataset, DatasetItem, DeepPartial, OperationMap, OperationTypes, PagedAction } from './operation-types.ts';
export type { MockOverride } from './overrides.ts';
export type { ExecutionSnapshot, ExecutionsControl, Outcome, Scenario, TaskSnapshot } from './executions/index.ts';
export { checkScenario, spedUpClock } from './executions/index.ts';
export type { ServerProtocol } from './protocols/types.ts';
export { findViolation, type Violation } from './validate.ts';

export interface MockOptions<Ops extends OperationMap = AnyOperations> {
  /** accessKeyId → secret. When given, every call must be signed with one of these keys. */
  credentials?: Record<string, string>;
  /**
   * With credentials: true (default) requires every call to be signed and answers a wrong signature with
   * the model's signature error code; false also lets unsigned calls through, but a call that is signed
   * must still be signed correctly.
   */
  strictSignatures?: boolean;
  /** Items per paged action, served page by page instead of the documented example. */
  dataset?: Dataset<Ops>;
  /** Enforce each action's documented QPS (default true). */
  enforceQps?: boolean;
  /** Clock in epoch milliseconds (rate limit windows, signature time checks). */
  now?: () => number;
  /**
   * Base clock of the execution engine, before `executions.advance(ms)` (default: `now`, else Date.now, which
   * fake timers also move). The standalone server passes wall time times its speed factor.
   */
  executionClock?: () => number;
  requestId?: () => string;
  /** Extra hosts answered besides the service's own, e.g. `localhost` behind a standalone server. */
  hosts?: string[];
}

export interface MockService<Ops extends OperationMap = AnyOperations> {
  readonly model: ServiceModel;
  /** The server side of the service's wire protocol (codes, host aliases, envelopes). */
  readonly protocol: ServerProtocol;
  /** The service's global host or its regional pattern, ignoring any port. */
  matchesHost(host: string): boolean;
  /** Answers one wire request; never throws (malformed input gets a provider-shaped error). */
  handle(request: Request): Promise<Response>;
  override<A extends keyof Ops & string>(action: A, override: MockOverride<Ops[A]['response']>): void;
  setDataset<A extends PagedAction<Ops>>(action: A, items: readonly DatasetItem<Ops, A>[]): void;
  /** Runs on a simulated clock: scenarios per target, `advance(ms)`, `list()` (docs/executions.md). */
  readonly executions: ExecutionsControl;
  /**
   * Drops overrides, rate-limit history, datasets set after creation (the `dataset` option stays), and every
   * run, saved command, scenario and clock advance.
   */
  reset(): void;
  /**
   * This provider's error answer for `code` with its documented HTTP status, for front ends that must refuse
   * a request before it can reach `handle` (an oversized body, an unmocked host under the provider's domain).
   */
  errorResponse(code: string, message: string, host: string): Response;
}

export function createMockService<Ops extends OperationMap = AnyOperations>(model: ServiceModel, options: MockOptions<Ops> = {}): MockService<Ops> {
  const protocol = serverProtocolFor(model);
  const now = options.now ?? Date.now;
  const requestId = options.requestId ?? protocol.newRequestId;
  const matchesHost = createHostMatcher(model.service, options.hosts);
  const datasetOption: Record<string, readonly unknown[] | undefined> = options.dataset ?? {};
  const initialDatasets = Object.entries(datasetOption).flatMap(([action, items]) => (items ? [[action, checkedItems(model, action, items)] as const] : []));
  const ctx = {
    model,
    protocol,
    credentials: options.credentials,
    strictSignatures: options.strictSignatures ?? true,
    enforceQps: options.enforceQps ?? true,
    now,
    requestId,
    throttle: createActionThrottle(now),
    overrides: createOverrideQueue(),
    datasets: new Map(initialDatasets),
    executions: createExecutionEngine(model, options.executionClock ?? options.now),
  };
  return {
    model,
    protocol,
    matchesHost,
    executions: ctx.executions.control,
    async handle(request) {
      const host = safeHost(request.url);
      if (host === undefined || !matchesHost(host)) {
        return new Response(`cloudexec mock for ${model.service.service} does not serve host ${String(host)}`, { status: 404 });
      }
      try {
        return await dispatch(ctx, request);
      } catch (error) {
        // A bug in the mock must still look like a service failure to the client under test.
        const message = `Mock engine failure: ${error instanceof Error ? error.message : String(error)}`;
        return protocol.error({
          code: 'InternalError',
          message,
          httpStatus: statusForCode(model, undefined, 'InternalError', 500),
          requestId: requestId(),
          host,
        });
      }
    },
    override(action, override) {
      ctx.overrides.add(action, override);
    },
    setDataset(action, items) {
      ctx.datasets.set(action, checkedItems(model, action, items));
    },
    reset() {
      ctx.overrides.reset();
      ctx.throttle.reset();
      ctx.datasets = new Map(initialDatasets);
      ctx.executions.reset();
    },
    errorResponse(code, message, host) {
      return protocol.error({ code, message, httpStatus: statusForCode(model, undefined, code), requestId: requestId(), host });
    },
  };
}

function checkedItems(model: ServiceModel, action: string, items: readonly unknown[]): Array<Record<string, unknown>> {
  const op = model.operations.find((candidate) => candidate.action === action);
  if (!op) throw new Error(`${model.service.service} has no action ${action}`);
  if (op.pagination.length === 0) throw new Error(`${action} does not list items, so it takes no dataset`);
  // Items are plain JSON-like records (generated response types are interfaces, hence `object`).
  return structuredClone(items) as Array<Record<string, unknown>>;
}

function safeHost(url: string): string | undefined {
  try {
    return new URL(url).host;
  } catch {
    return undefined;
  }
}
