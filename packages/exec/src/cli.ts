#!/usr/bin/env node
// cloudexec: see cli/help.ts. Run from the workspace sources (src/cli.ts on Node's type stripping) it resolves
// the sibling packages through their `source` export condition, so nothing needs a build first; a published
// install runs dist/cli.js. The Node check comes first and nothing is imported statically (as in cloudexec-mock).
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  process.stderr.write(`cloudexec: needs Node 22.18 or newer (Node 22 and 24 are supported); this is Node ${process.versions.node}\n`);
  process.exit(2);
}
if (import.meta.url.endsWith('.ts')) {
  const { registerHooks } = await import('node:module');
  registerHooks({ resolve: (specifier, context, next) => next(specifier, { ...context, conditions: [...context.conditions, 'source'] }) });
}
const { main } = await import('./cli/main.ts');
const { nodeIo } = await import('./cli/node-io.ts');
const io = nodeIo();
process.exitCode = await main(process.argv.slice(2), io);
io.dispose();
