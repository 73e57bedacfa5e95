// The scratch project maps the provider's runtime dependency onto the runtime tarball, so install alone
// cannot tell whether the published range would find the runtime released alongside it. This does.
import semver from 'semver';

/** Why the packed range `range` would not resolve to `version` on the registry, or undefined when it does. */
export function runtimeRangeProblem(range: unknown, version: string): string | undefined {
  if (typeof range !== 'string') return 'has no dependency on the runtime';
  if (range.startsWith('workspace:')) return `still depends on ${range} (pnpm pack did not replace it)`;
  // semver reads the range exactly as npm will when a user installs the packed tarball.
  if (semver.validRange(range) === null) return `depends on the runtime as ${range}, which this check cannot compare`;
  if (semver.satisfies(version, range)) return undefined;
  return `depends on the runtime as ${range}, but the runtime packed with it is ${version}`;
}

export function dependencyRange(manifest: Record<string, unknown>, name: string): unknown {
  const dependencies = manifest['dependencies'];
  return dependencies !== null && typeof dependencies === 'object' ? (dependencies as Record<string, unknown>)[name] : undefined;
}
