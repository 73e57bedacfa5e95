// The scratch project maps the provider's runtime dependency onto the runtime tarball, so install alone
// cannot tell whether the published range would find the runtime released alongside it. This does.

/** Why the packed range `range` would not resolve to `version` on the registry, or undefined when it does. */
export function runtimeRangeProblem(range: unknown, version: string): string | undefined {
  if (typeof range !== 'string') return 'has no dependency on the runtime';
  if (range.startsWith('workspace:')) return `still depends on ${range} (pnpm pack did not replace it)`;
  const match = /^([\^~]?)(\d+\.\d+\.\d+(?:-[\w.]+)?)$/.exec(range.trim());
  if (!match) return `depends on the runtime as ${range}, which this check cannot compare`;
  const [, operator = '', base = ''] = match;
  if (base === version) return undefined;
  if (operator === '^' && caretAccepts(base, version)) return undefined;
  return `depends on the runtime as ${range}, but the runtime packed with it is ${version}`;
}

function caretAccepts(base: string, version: string): boolean {
  const [b0, b1, b2] = base.split(/[.-]/).map(Number);
  const [v0, v1, v2] = version.split(/[.-]/).map(Number);
  if (version.includes('-') || b0 === undefined || v0 === undefined || b1 === undefined || v1 === undefined || b2 === undefined || v2 === undefined) return false;
  if (b0 > 0) return v0 === b0 && (v1 > b1 || (v1 === b1 && v2 >= b2));
  if (b1 > 0) return v0 === 0 && v1 === b1 && v2 >= b2;
  return v0 === 0 && v1 === 0 && v2 === b2;
}

export function dependencyRange(manifest: Record<string, unknown>, name: string): unknown {
  const dependencies = manifest['dependencies'];
  return dependencies !== null && typeof dependencies === 'object' ? (dependencies as Record<string, unknown>)[name] : undefined;
}
