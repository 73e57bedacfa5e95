#!/usr/bin/env node
// rewrite-declarations <dist dir>: after `tsc`, relative `.ts` specifiers in the emitted declarations become
// `.js`. `rewriteRelativeImportExtensions` rewrites them in the JavaScript only, and a declaration importing
// `./x.gen.ts` fails to resolve for consumers on TypeScript before 5.7 or without `allowImportingTsExtensions`
// (decisions/0010-support-policy.md). Run by every published package's build script.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

// `from './x.ts'`, `import('../x.ts')` and `import './x.ts'`; bare and URL specifiers are left alone.
const RELATIVE_TS = /(\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]*?)\.(m|c)?ts\2/g;

export function rewriteDeclaration(text: string): string {
  return text.replace(
    RELATIVE_TS,
    (_match, lead: string, quote: string, stem: string, kind: string | undefined) => `${lead}${quote}${stem}.${kind ?? ''}js${quote}`,
  );
}

function declarations(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.d\.(m|c)?ts$/.test(name))
    .map((name) => path.join(dir, name));
}

export function rewriteDeclarations(dir: string): number {
  let changed = 0;
  for (const file of declarations(dir)) {
    const before = readFileSync(file, 'utf8');
    const after = rewriteDeclaration(before);
    if (after !== before) {
      writeFileSync(file, after);
      changed += 1;
    }
  }
  return changed;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: rewrite-declarations <dist dir>');
    process.exitCode = 2;
  } else rewriteDeclarations(path.resolve(dir));
}
