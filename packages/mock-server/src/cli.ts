#!/usr/bin/env node
// cloudexec-mock: see args.ts for the options. Run from the workspace sources (src/cli.ts, Node type
// stripping), it resolves the sibling packages through their `source` export condition, so nothing needs a
// build first; a published install runs dist/cli.js on the packages' built files.
//
// The Node check comes first and this file imports nothing statically: `registerHooks` (Node 22.18) as a
// named import would fail to link on an older Node with a stack trace before any line here ran
// (decisions/0010-support-policy.md).
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  process.stderr.write(`cloudexec-mock: needs Node 22.18 or newer (Node 22 and 24 are supported); this is Node ${process.versions.node}\n`);
  process.exit(1);
}
if (import.meta.url.endsWith('.ts')) {
  const { registerHooks } = await import('node:module');
  registerHooks({ resolve: (specifier, context, next) => next(specifier, { ...context, conditions: [...context.conditions, 'source'] }) });
}
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
