#!/usr/bin/env node
// cloudexec-mock: see args.ts for the options. Run from the workspace sources (src/cli.ts, Node type
// stripping), it resolves the sibling packages through their `source` export condition, so nothing needs a
// build first; a published install runs dist/cli.js on the packages' built files.
import { registerHooks } from 'node:module';

if (import.meta.url.endsWith('.ts')) {
  registerHooks({ resolve: (specifier, context, next) => next(specifier, { ...context, conditions: [...context.conditions, 'source'] }) });
}
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
