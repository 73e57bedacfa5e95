// The core entry must run on Deno, Bun, browsers and edge workers: nothing reachable from src/index.ts may
// import a Node built-in.
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../src');
const IMPORT = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;

function importGraph(entry: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const pending = [resolve(SRC, entry)];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (graph.has(file)) continue;
    const specifiers = [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((m) => (m[1] ?? m[2] ?? m[3])!);
    graph.set(file, specifiers);
    for (const specifier of specifiers) if (specifier.startsWith('.')) pending.push(resolve(dirname(file), specifier));
  }
  return graph;
}

const isBuiltin = (specifier: string) => specifier.startsWith('node:') || builtinModules.includes(specifier);

describe('import graph', () => {
  it('src/index.ts reaches no node: (or other built-in or third-party) import', () => {
    const graph = importGraph('index.ts');
    expect(graph.size).toBeGreaterThan(10);
    const external = [...graph].flatMap(([file, specifiers]) =>
      specifiers.filter((s) => !s.startsWith('.')).map((s) => `${file.slice(SRC.length + 1)} → ${s}`),
    );
    expect(external).toEqual([]);
  });

  it('the check sees node: imports where they are (src/node.ts)', () => {
    const specifiers = [...importGraph('node.ts').values()].flat();
    expect(specifiers.filter(isBuiltin)).toEqual(['node:http', 'node:https']);
  });

  it('no runtime source imports the mock engine (mock imports runtime, never the other way)', () => {
    const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(20);
    const mockImports = files.flatMap((name) =>
      [...readFileSync(resolve(SRC, name), 'utf8').matchAll(IMPORT)]
        .map((m) => (m[1] ?? m[2] ?? m[3])!)
        .filter((specifier) => specifier.startsWith('@cloudexec/mock') || specifier.includes('/mock/'))
        .map((specifier) => `${name} → ${specifier}`),
    );
    expect(mockImports).toEqual([]);
  });

  it('the wire entry (shared with @cloudexec/mock) stays web-standard too', () => {
    const graph = importGraph('wire.ts');
    expect([...graph.values()].flat().filter((s) => !s.startsWith('.'))).toEqual([]);
  });
});
