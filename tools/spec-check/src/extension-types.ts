// The x-cloudexec-* vocabulary as TypeScript types. specs/extensions.schema.json is the one source of
// truth for what a spec may say; these types mirror it, and test/extension-types.test.ts fails when a
// definition's property names and these types' keys drift apart. A value gets one of these types only
// after ajv has validated it against the matching definition (spec-model.ts).

export type Provider = 'tencent' | 'aliyun';
export type ProtocolId = 'tencent-tc3' | 'aliyun-rpc';
export type HttpMethod = 'GET' | 'POST';
/** Dotted member path; `[]` means every element of a list (`Filters[].Values`). */
export type ParamPath = string;
type Note = { note?: string };

export interface ServiceExtension {
  provider: Provider;
  package: string;
  clientName: string;
  service: string;
  version: string;
  protocol: ProtocolId;
  endpoint: EndpointExtension;
  common: string;
  notes?: string[];
  executions?: ExecutionsExtension;
}

export interface EndpointExtension extends Note {
  global?: string;
  regional: string;
  aliases?: string[];
}

export interface OperationExtension {
  rateLimit: RateLimitExtension;
  region: RegionExtension;
  httpMethod: HttpMethod;
  pagination: PaginationExtension | null;
  mutuallyExclusive?: ParamPath[][];
  filters?: FiltersExtension;
  errors: OperationErrorExtension[];
  constraintErrors: ConstraintErrorExtension[];
  examples: ExampleExtension[];
  provenance: ProvenanceExtension;
  retention: string | null;
  discrepancies: DiscrepancyExtension[];
  waiters?: WaiterExtension[];
  execution?: ExecutionExtension;
}

export interface RateLimitExtension extends Note {
  /** null: the page documents none. */
  qps: number | null;
}

export interface RegionExtension extends Note {
  required: boolean;
  parameter: 'Region' | 'RegionId';
}

export type PaginationStyleExtension =
  | ({ style: 'offset-limit'; offset: ParamPath; limit: ParamPath; total: ParamPath; items: ParamPath } & Note)
  | ({ style: 'page-number'; pageNumber: ParamPath; pageSize: ParamPath; total: ParamPath; items: ParamPath } & Note)
  | ({ style: 'next-token'; token: ParamPath; maxResults: ParamPath; nextToken: ParamPath; items: ParamPath } & Note);

/** The main style, with the other styles the operation also accepts (ECS: token, then page number). */
export type PaginationExtension = PaginationStyleExtension & { alternatives?: PaginationStyleExtension[] };

export interface FiltersExtension {
  parameter: ParamPath;
  maxFilters?: number;
  maxValuesPerFilter?: number;
  names: FilterNameExtension[];
}

export interface FilterNameExtension extends Note {
  name: string;
  field?: ParamPath;
  values?: string[];
  source: 'page' | 'page-example' | 'protocol-facts';
  aliasOf?: string;
}

export interface OperationErrorExtension extends Note {
  code: string;
  httpStatus: number;
  description: string;
  source: 'page' | 'protocol-facts';
  retryable?: boolean;
}

export type ConstraintKind =
  | 'notPattern'
  | 'contentEncoding'
  | 'maxContentBytes'
  | 'required'
  | 'type'
  | 'minimum'
  | 'maximum'
  | 'minLength'
  | 'maxLength'
  | 'minItems'
  | 'maxItems'
  | 'enum'
  | 'pattern'
  | 'mutuallyExclusive'
  | 'filterName'
  | 'filterValue'
  | 'uniqueKeys'
  | 'token'
  | 'additionalProperties';

export interface ConstraintErrorExtension extends Note {
  constraint: ConstraintKind;
  parameter?: ParamPath;
  /** mutuallyExclusive only. */
  parameters?: ParamPath[];
  code: string;
  httpStatus: number;
  basis: 'documented' | 'inferred';
}

export interface ExampleExtension {
  name: string;
  request: ExampleRequestExtension;
  response: ExampleResponseExtension;
}

/** A GET example carries the page's flattened query pairs; a POST example its JSON body. */
export type ExampleRequestExtension = { host: string; path: string; headers?: Record<string, string> } & Note &
  ({ method: 'GET'; query: Record<string, string>; body?: never } | { method: 'POST'; body: Record<string, unknown>; query?: Record<string, string> });

export interface ExampleResponseExtension {
  status: number;
  headers?: Record<string, string>;
  body: unknown;
  xml?: string;
  xmlHeaders?: Record<string, string>;
}

export interface ProvenanceExtension {
  title: string;
  file: string;
  language: 'en' | 'zh';
  lastUpdated: string | null;
  notes?: string[];
}

export interface DiscrepancyExtension {
  id: string;
  description: string;
  documented: string;
  observed: string;
  resolution: string;
}

export interface WaiterExtension extends Note {
  name: string;
  description: string;
  input: ParamPath;
  items?: ParamPath;
  status: ParamPath;
  success: string[];
  failure: string[];
}

export interface CommonExtension {
  provider: Provider;
  protocol: ProtocolId;
  envelope: EnvelopeExtension;
  commonErrors: CommonErrorExtension[];
  /** The first is the code a mock answers when throttling. */
  throttlingCodes: [string, ...string[]];
  signatureErrorCode: string;
  signatureExpiredCode: string;
  invalidActionCode: string;
  missingParameterCode: string;
  invalidParameterCode: string;
  invalidParameterValueCode: string;
  /** null: the provider documents no rejection of undefined parameters (Alibaba). */
  unknownParameterCode: string | null;
  accessKeyNotFoundCode: string;
  internalErrorCode: string;
  notes?: string[];
  discrepancies?: DiscrepancyExtension[];
}

export interface EnvelopeExtension {
  description: string;
  /** Member wrapping every answer (Tencent `Response`), or null. */
  successWrapper: string | null;
  requestIdPath: ParamPath;
  errorCodePath: ParamPath;
  errorMessagePath: ParamPath;
  /** Fixed HTTP status of API errors (Tencent 200), or null when it depends on the code. */
  errorHttpStatus: number | null;
  errorExample?: { status: number; body: Record<string, unknown> };
}

export interface CommonErrorExtension extends Note {
  code: string;
  httpStatus: number | null;
  description: string;
  retryable: boolean;
}

export type UnitExtension = 'seconds' | 'milliseconds' | 'bytes';

/** An acknowledged difference between the spec and a vendor snapshot (read by tools/spec-drift). */
export interface DriftExtension {
  /** Change kinds of spec-diff's rules (or `*`) on a property; `request <path>` / `response <path>` on an operation. */
  ignore: string[];
  reason: string;
  /** Narrows the acknowledgement to these snapshot sources. */
  sources?: string[];
}

/** A value of the mock's execution state (`execution.id`, `task.status`, ...) or a fixed value; docs/executions.md. */
export type ExecutionExpression = string | { const: unknown };
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
export type Encoding = 'base64' | 'plain';

export interface InferredFactExtension {
  fact: string;
  reasoning: string;
}

export interface IdFormatExtension {
  prefix: string;
  length: number;
  alphabet?: 'lower-alnum' | 'upper-alnum' | 'hex' | 'upper-hex' | 'digits';
}

/** How the stateful mock plays a run on this service (x-cloudexec-service.executions). */
export interface ExecutionsExtension extends Note {
  targetStatus: Partial<Record<TargetPhase, string>> & Record<'queued' | 'running' | 'succeeded' | 'failed' | 'timedOut', string>;
  executionStatus: Partial<Record<ExecutionPhase, string>> & Record<'pending' | 'running' | 'succeeded' | 'failed', string>;
  targetErrorCodes?: Partial<Record<TargetPhase, string>>;
  agentStatus?: { online: string; offline: string };
  output: { encoding: Encoding; maxBytes: number } & Note;
  ids: { execution: IdFormatExtension; task?: IdFormatExtension; command?: IdFormatExtension; target?: IdFormatExtension };
  timeFormat?: 'iso-seconds' | 'iso-offset' | 'iso-millis';
  inferred: InferredFactExtension[];
}

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

export type ExecutionInput =
  | 'targets'
  | 'targetCount'
  | 'target'
  | 'content'
  | 'contentEncoding'
  | 'commandId'
  | 'commandIds'
  | 'commandName'
  | 'commandDescription'
  | 'commandType'
  | 'timeout'
  | 'workingDirectory'
  | 'username'
  | 'parameters'
  | 'clientToken'
  | 'executionId'
  | 'executionIds'
  | 'taskIds'
  | 'keepCommand';

/** This operation's part in a run (x-cloudexec-operation.execution). */
export interface ExecutionExtension extends Note {
  role: ExecutionRole;
  request?: Partial<Record<ExecutionInput, ParamPath>>;
  contentEncoding?: { fixed?: Encoding; values?: Record<string, Encoding>; default?: Encoding };
  items?: ParamPath;
  itemsPer?: 'execution' | 'task' | 'command' | 'agent';
  response?: Record<string, ExecutionExpression>;
  item?: Record<string, ExecutionExpression>;
  notFound?: ({ parameter: ParamPath; entity: 'execution' | 'task' | 'command' | 'target'; code: string; inferred?: boolean } & Note)[];
  inferred?: InferredFactExtension[];
}

/** On a string schema carrying command content (x-cloudexec-content). */
export interface ContentExtension extends Note {
  encoding: Encoding | { parameter: ParamPath; values: Record<string, Encoding>; default: Encoding; caseInsensitive?: boolean };
  maxBytes: number;
  measure: 'sent' | 'base64';
  includes?: ParamPath[];
}

/** The type each extension name validates to. */
export interface ExtensionTypes {
  'x-cloudexec-service': ServiceExtension;
  'x-cloudexec-operation': OperationExtension;
  'x-cloudexec-common': CommonExtension;
  'x-cloudexec-unit': UnitExtension;
  'x-cloudexec-drift': DriftExtension;
  'x-cloudexec-content': ContentExtension;
}
