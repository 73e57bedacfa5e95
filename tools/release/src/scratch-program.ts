// The files of a scratch consumer project: a program that calls every operation of one provider package
// once against the package's own MSW handlers, typed the way a user would write it, and the manifest,
// workspace file and tsconfig that install and type-check it with nothing else around.
import type { ScratchCall, ScratchPlan } from './scratch-plan.ts';

export const SCRATCH_DEPENDENCIES = { msw: '3.0.5', typescript: '5.9.3' } as const;

export interface ScratchTarballs {
  /** Absolute path of the provider package's tarball. */
  provider: string;
  /** Package name → absolute tarball path of our packages the provider depends on (runtime, mock), in the registry's place. */
  dependencies: Readonly<Record<string, string>>;
}

function literal(value: unknown, indent: string): string {
  return JSON.stringify(value, null, 2).replaceAll('\n', `\n${indent}`);
}

function callBlock(call: ScratchCall, clientClass: string): string {
  const options = call.region === undefined ? '{ credentials }' : `{ region: ${JSON.stringify(call.region)}, credentials }`;
  return [
    `await check(${JSON.stringify(call.action)}, async () => {`,
    `  const client = new ${clientClass}(${options});`,
    `  const response: ${call.action}Response = await client.${call.method}(${literal(call.input, '  ')});`,
    '  return response;',
    `}, ${literal(call.expected, '')});`,
  ].join('\n');
}

/** main.ts: exits non-zero (an uncaught error) unless every call answers its documented example. */
export function scratchProgram(plan: ScratchPlan): string {
  const responseTypes = plan.calls.map((call) => `type ${call.action}Response`);
  // Each call meets a fresh mock: the run operations keep state (a deleted command stays deleted).
  const stem = plan.clientClass.replace(/Client$/, '');
  const mock = `${stem.charAt(0).toLowerCase()}${stem.slice(1)}Mock`;
  return [
    `// A consumer of ${plan.packageName}: one call of each operation against the package's own MSW handlers.`,
    "import { setupServer } from 'msw/node';",
    `import { ${[plan.clientClass, ...responseTypes].join(', ')} } from '${plan.packageName}';`,
    `import { handlers, ${mock} } from '${plan.packageName}/msw';`,
    '',
    "const credentials = { accessKeyId: 'AKIDSCRATCHEXAMPLE', accessKeySecret: 'scratch-secret' };",
    'const failures: string[] = [];',
    '',
    '// The mock mints a fresh RequestId per call; every other field must equal the documented example.',
    'function canonical(value: unknown, top = true): unknown {',
    '  if (Array.isArray(value)) return value.map((item) => canonical(item, false));',
    "  if (value === null || typeof value !== 'object') return value;",
    "  const entries = Object.entries(value).filter(([key]) => !(top && key === 'RequestId'));",
    '  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, item]) => [key, canonical(item, false)]));',
    '}',
    '',
    'async function check(action: string, call: () => Promise<unknown>, expected: unknown): Promise<void> {',
    '  try {',
    '    const actual = JSON.stringify(canonical(await call()));',
    '    const ok = actual === JSON.stringify(canonical(expected));',
    "    console.log(`${ok ? 'ok  ' : 'FAIL'} ${action}`);",
    '    if (!ok) failures.push(`${action}: answered ${actual}`);',
    '  } catch (error) {',
    '    console.log(`FAIL ${action}`);',
    '    failures.push(`${action}: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);',
    '  }',
    '}',
    '',
    'const server = setupServer(...handlers);',
    "server.listen({ onUnhandledFrame: 'error' });",
    'try {',
    ...plan.calls.map((call) => indent(`${mock}.reset();\n${callBlock(call, plan.clientClass)}`, '  ')),
    '} finally {',
    '  server.close();',
    '}',
    "if (failures.length > 0) throw new Error(`${failures.length} call(s) failed:\\n${failures.join('\\n')}`);",
    `console.log('${plan.calls.length} operations answered their documented examples');`,
    '',
  ].join('\n');
}

function indent(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? line : prefix + line))
    .join('\n');
}

/**
 * Only the provider tarball, msw and typescript: the runtime and mock must come in as the provider's own
 * dependencies; npm `overrides` point their ranges at the tarballs (not on the registry yet).
 */
export function scratchManifest(packageName: string, tarballs: ScratchTarballs): string {
  const names = Object.keys(tarballs.dependencies).sort();
  const manifest = {
    name: `scratch-${packageName.replace(/^@/, '').replace('/', '-')}`,
    private: true,
    type: 'module',
    dependencies: { [packageName]: `file:${tarballs.provider}`, ...SCRATCH_DEPENDENCIES },
    overrides: Object.fromEntries(names.map((name) => [name, `file:${tarballs.dependencies[name]}`])),
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** Strict TypeScript as a consumer with an ESM Node project has it; declaration files are checked too. */
export function scratchTsconfig(): string {
  const config = {
    compilerOptions: {
      strict: true,
      module: 'nodenext',
      moduleResolution: 'nodenext',
      target: 'es2023',
      lib: ['es2023', 'dom'],
      types: [],
      noEmit: true,
      skipLibCheck: false,
      verbatimModuleSyntax: true,
    },
    files: ['main.ts'],
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}
