// The normalized service model: what tools/codegen derives from one spec file and emits as data
// (src/generated/model.gen.ts in each provider package). The mock engine, the generated validators
// and the contract-test suite all read this one shape, so a new spec gets mocks and tests for free.
import type { ServiceDescriptor } from './protocols/types.ts';

export type JsonSchema = Record<string, unknown>;

/** Where a constraint applies: `Limit`, `Filters`, `Filters[].Values`, `Tag[].Key`. */
export type ParamPath = string;

/** The error the real service answers when a constraint is broken, and how sure we are of it. */
export interface ConstraintError {
  code: string;
  httpStatus: number;
  /** `documented`: the page maps this constraint to this code; `inferred`: our best reading. */
  basis: 'documented' | 'inferred';
}

export type Constraint = ConstraintError &
  (
    | { kind: 'required'; path: ParamPath }
    | { kind: 'type'; path: ParamPath; type: 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object' }
    | { kind: 'minimum' | 'maximum'; path: ParamPath; limit: number }
    | { kind: 'minItems' | 'maxItems' | 'minLength' | 'maxLength'; path: ParamPath; limit: number }
    | { kind: 'enum'; path: ParamPath; values: ReadonlyArray<string | number | boolean> }
    /** A string at `path` must match the documented format (a JSON Schema `pattern`, ECMA-262, unanchored). */
    | { kind: 'pattern'; path: ParamPath; pattern: string }
    | { kind: 'mutuallyExclusive'; paths: ParamPath[] }
    /** `path` is the filter list parameter (`Filters`); names are the documented filter names. */
    | { kind: 'filterName'; path: ParamPath; names: string[] }
    /**
     * `path` is the filter list parameter (`Filters`); `values` maps each filter name that has a closed value
     * list to it. Every `Values` element of such a filter must be on its list; other names take any value.
     */
    | { kind: 'filterValue'; path: ParamPath; values: Record<string, string[]> }
    /** No two elements of the list at `path` (`Tag`) may carry the same `key` member (`Key`). */
    | { kind: 'uniqueKeys'; path: ParamPath; key: string }
    /** `path` (`NextToken`) must hold a pagination token the service issued; only a server (or mock) can tell. */
    | { kind: 'token'; path: ParamPath }
    /**
     * The object at `path` takes no members besides `allowed`: `''` is the request itself, `Filters[]` each filter.
     * Common parameters (`Action`, `Version`, Tencent's `Region`…) are never listed; they are not the operation's.
     */
    | { kind: 'additionalProperties'; path: ParamPath; allowed: string[] }
  );

export type PaginationModel =
  | { style: 'offset-limit'; offset: string; limit: string; total: string; items: string; defaultLimit?: number; maxLimit?: number }
  | { style: 'page-number'; pageNumber: string; pageSize: string; total: string; items: string; defaultPageSize?: number; maxPageSize?: number }
  | { style: 'next-token'; token: string; maxResults: string; nextToken: string; items: string; defaultMaxResults?: number; maxMaxResults?: number };

export interface ErrorCodeModel {
  code: string;
  /** Tencent API errors always travel with HTTP 200; Alibaba's carry the documented 4xx/5xx. */
  httpStatus: number;
  description: string;
  retryable: boolean;
}

export interface FilterModel {
  /** Request parameter holding the filter list, e.g. `Filters`. */
  parameter: string;
  /** Documented filter names mapped to the item field a mock filters on (dotted path inside one item). */
  names: Array<{ name: string; field: string; values?: string[] }>;
  maxFilters?: number;
  maxValuesPerFilter?: number;
}

export interface ExampleModel {
  name: string;
  request: {
    method: 'GET' | 'POST';
    host: string;
    path: string;
    headers?: Record<string, string>;
    /** POST JSON body as documented. */
    body?: Record<string, unknown>;
    /** GET query pairs as documented (flattened, common parameters included). */
    query?: Record<string, string>;
    /** The operation input this example corresponds to (unflattened, common parameters removed). */
    input: Record<string, unknown>;
  };
  response: {
    status: number;
    /** Verbatim documented body (Tencent envelope included). */
    body: unknown;
    /** The payload a client returns: envelope removed. */
    data: Record<string, unknown>;
  };
}

export interface DiscrepancyModel {
  id: string;
  description: string;
}

/**
 * A generated `waitUntil<name>`: polls the operation until every item's `status` is a `success` value, any is a
 * `failure` value, or the timeout passes.
 */
export interface WaiterModel {
  name: string;
  description: string;
  /** Request parameter carrying the id(s) waited on (`InvocationIds`, `InvokeId`); the waiter requires it. */
  input: ParamPath;
  /** Item list in the payload (`Invocations.Invocation`); absent when the payload itself is the one item. */
  items?: ParamPath;
  /** Status member of one item. */
  status: ParamPath;
  success: string[];
  failure: string[];
}

export interface OperationModel {
  action: string;
  /** The spec's one-line summary of the operation. */
  summary?: string;
  /** True for read-only actions (`Describe*`, `List*`, `Get*`, `Query*`): repeating one changes nothing. */
  idempotent?: boolean;
  /** Wire method of the documented example; clients default to it. */
  method: 'GET' | 'POST';
  qps: number;
  region: { required: boolean; parameter: 'Region' | 'RegionId' };
  /** Every documented limit of the request, one entry each, in a stable order. */
  constraints: Constraint[];
  /** Empty when the operation does not paginate; ECS documents two styles. */
  pagination: PaginationModel[];
  filters?: FilterModel;
  /** Operation-specific documented error codes. */
  errors: ErrorCodeModel[];
  examples: ExampleModel[];
  discrepancies: DiscrepancyModel[];
  /** Generated waiters; absent when the spec defines none. */
  waiters?: WaiterModel[];
  /** Dereferenced JSON Schemas (no $ref), vendor field names. */
  requestSchema: JsonSchema;
  responseSchema: JsonSchema;
  /** This operation's part in a run, for the mock's execution engine (docs/executions.md); absent otherwise. */
  execution?: OperationExecutionModel;
}

export interface ServiceModel {
  /** Repo-relative spec path, e.g. `specs/tencent/tat.yaml`. */
  specFile: string;
  /** npm name, e.g. `@cloudexec/tencent-tat`. */
  packageName: string;
  /** Class-name stem, e.g. `Tat` → `TatClient`. */
  clientName: string;
  protocol: 'tencent-tc3' | 'aliyun-rpc';
  service: ServiceDescriptor;
  common: {
    errors: ErrorCodeModel[];
    throttlingCode: string;
    signatureErrorCode: string;
    invalidActionCode: string;
    missingParameterCode: string;
    invalidParameterCode: string;
    /** Code for a well-formed value the service does not accept (Tencent `InvalidParameterValue`). Always set by codegen. */
    invalidParameterValueCode?: string;
    /** Code for a parameter the action does not define (Tencent `UnknownParameter`); null when none is documented (Alibaba). */
    unknownParameterCode?: string | null;
  };
  operations: OperationModel[];
  /** How the mock plays a run on this service (docs/executions.md); absent when the spec says nothing. */
  executions?: ExecutionsModel;
}

// The execution vocabulary (x-cloudexec-service.executions, x-cloudexec-operation.execution) as the mock reads
// it. Types only: no client code reads them, so they add nothing to a client bundle.

export type TargetPhase =
  | 'queued'
  | 'delivering'
  | 'running'
  | 'stopping'
  | 'succeeded'
  | 'failed'
  | 'timedOut'
  | 'cancelled'
  | 'terminated'
  | 'undelivered'
  | 'targetNotFound';
export type ExecutionPhase = 'pending' | 'running' | 'stopping' | 'succeeded' | 'failed' | 'partialFailed' | 'timedOut' | 'cancelled' | 'partialCancelled';
export type OutputEncoding = 'base64' | 'plain';
export interface IdFormat {
  prefix: string;
  length: number;
  alphabet?: 'lower-alnum' | 'upper-alnum' | 'hex' | 'upper-hex' | 'digits';
}

export interface ExecutionsModel {
  targetStatus: Partial<Record<TargetPhase, string>>;
  executionStatus: Partial<Record<ExecutionPhase, string>>;
  targetErrorCodes?: Partial<Record<TargetPhase, string>>;
  agentStatus?: { online: string; offline: string };
  output: { encoding: OutputEncoding; maxBytes: number };
  ids: { execution: IdFormat; task?: IdFormat; command?: IdFormat; target?: IdFormat };
  timeFormat?: 'iso-seconds' | 'iso-offset' | 'iso-millis';
}

/** A value of the engine's state (`execution.id`, `task.status`) or a fixed value. */
export type ExecutionExpression = string | { const: unknown };
export type ExecutionRole =
  | 'run'
  | 'invoke'
  | 'createCommand'
  | 'describeCommands'
  | 'deleteCommand'
  | 'stop'
  | 'describeExecutions'
  | 'describeTargets'
  | 'describeAgents';

export interface OperationExecutionModel {
  role: ExecutionRole;
  /** Neutral input (`targets`, `content`, `clientToken`, ...) → request parameter path. */
  request?: Record<string, ParamPath>;
  contentEncoding?: { fixed?: OutputEncoding; values?: Record<string, OutputEncoding>; default?: OutputEncoding };
  items?: ParamPath;
  itemsPer?: 'execution' | 'task' | 'command' | 'agent';
  response?: Record<string, ExecutionExpression>;
  item?: Record<string, ExecutionExpression>;
  notFound?: Array<{ parameter: ParamPath; entity: 'execution' | 'task' | 'command' | 'target'; code: string }>;
}
