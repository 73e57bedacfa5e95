import { describe, expect, it } from 'vitest';
import { rewriteDeclaration } from '../src/rewrite-declarations.ts';

describe('rewriteDeclaration', () => {
  it('turns relative .ts, .mts and .cts specifiers into .js, .mjs and .cjs', () => {
    const before = [
      "export * from './generated/index.gen.ts';",
      'import { A } from "../a.ts";',
      "export type B = import('./b.mts').B;",
      "import './c.cts';",
    ].join('\n');
    expect(rewriteDeclaration(before)).toBe(
      ["export * from './generated/index.gen.js';", 'import { A } from "../a.js";', "export type B = import('./b.mjs').B;", "import './c.cjs';"].join('\n'),
    );
  });

  it('leaves package, .js and non-relative specifiers alone', () => {
    const text = "import type { X } from '@cloudexec/runtime';\nexport * from './x.js';\nimport { y } from 'pkg/y.ts';";
    expect(rewriteDeclaration(text)).toBe(text);
  });
});
