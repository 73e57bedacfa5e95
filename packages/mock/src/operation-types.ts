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

/** The untyped default: every name, any object. */
export type AnyOperations = Record<string, { response: object; item: object }>;

/** The operations that list items page by page, so take a dataset. */
export type PagedAction<Ops extends OperationMap> = {
  [A in keyof Ops & string]: Ops[A] extends { item: object } ? A : never;
}[keyof Ops & string];

/** One dataset item of a paged operation. */
export type DatasetItem<Ops extends OperationMap, A extends keyof Ops> = Ops[A] extends { item: infer Item } ? DeepPartial<Item> : never;

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
