// The mock API typed per operation. A generated `/msw` entry fills `Ops` with the service's operations, so
// `override(action, …)`, `setDataset(action, items)` and the `dataset` option take only its operation names
// (datasets only the paginated ones), with response and item shapes from the generated types. Without `Ops`
// (a mock built from a model at run time, as the standalone server does) any name is accepted.

/** What the typed mock API knows of one operation: its response payload and, when it pages, one listed item. */
export interface OperationTypes {
  response: object;
  item?: object;
}

/** Operation name → its types; the generated `<Service>MockOperations` type. */
export type OperationMap = Record<string, OperationTypes>;

/**
 * The untyped default: every name, any object. It is `any` rather than OperationMap because action names are
 * parameters, so a typed `MockService<TatMockOperations>` would not otherwise go where a plain `MockService` is
 * expected (the standalone server and the contract suite hold mocks of several services side by side).
 */
export type AnyOperations = any;

/** The operations that list items page by page, so take a dataset; any name when the map is untyped. */
export type PagedAction<Ops extends OperationMap> = string extends keyof Ops
  ? string
  : { [A in keyof Ops & string]: Ops[A] extends { item: object } ? A : never }[keyof Ops & string];

/** One dataset item of a paged operation; any object when the map is untyped. */
export type DatasetItem<Ops extends OperationMap, A extends keyof Ops> = string extends keyof Ops
  ? object
  : Ops[A] extends { item: infer Item }
    ? DeepPartial<Item>
    : never;

/** Items per paged operation, served page by page instead of the documented example. */
export type Dataset<Ops extends OperationMap> = { [A in PagedAction<Ops>]?: readonly DatasetItem<Ops, A>[] };

/**
 * Members optional all the way down: a mock answers whatever it is given, so a test writes only the fields it
 * cares about, while a misspelt field or a wrong value type is still caught.
 */
export type DeepPartial<T> = T extends readonly (infer Element)[]
  ? readonly DeepPartial<Element>[]
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;
