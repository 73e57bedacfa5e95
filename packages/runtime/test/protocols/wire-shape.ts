// The wire shape of parameters, shared by the flatten tests here and the server-side parser tests in @cloudexec/mock.

/** What survives the flattened wire: strings only, no nulls, no holes, no empty containers. */
export function wireShape(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (Array.isArray(value)) {
    const items = value.map(wireShape).filter((item) => item !== undefined);
    return items.length === 0 ? undefined : items;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value)
      .map(([key, member]) => [key, wireShape(member)] as const)
      .filter(([, member]) => member !== undefined);
    return entries.length === 0 ? undefined : Object.fromEntries(entries);
  }
  return String(value);
}
