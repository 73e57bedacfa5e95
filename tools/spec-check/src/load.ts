// Reads specs/: every YAML file is either a service spec (OpenAPI 3.1) or a provider common file
// (x-cloudexec-common); extensions.schema.json sits at the top. YAML problems become file:line:col messages.
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isAlias, LineCounter, parseDocument, visit, type Document } from 'yaml';
import { isRecord } from './pointer.ts';
import { pointerAtOffset } from './positions.ts';
import type { Problem } from './problem.ts';
import type { SourceFile } from './source-file.ts';

export const EXTENSION_SCHEMA_FILE = 'extensions.schema.json';
/** The repository's specs/ directory, found from this package's location (tools/spec-check/src). */
export const DEFAULT_SPECS_DIR = fileURLToPath(new URL('../../../specs', import.meta.url));

export type { SourceFile } from './source-file.ts';

export interface LoadedSpec {
  /** Path relative to the root directory, e.g. `specs/tencent/tat.yaml`. */
  file: string;
  /** Absolute path. */
  path: string;
  /** The parsed OpenAPI document, `$ref`s left in place. */
  doc: Record<string, unknown>;
  /** The parsed provider common file named by `x-cloudexec-service.common`, if it was found. */
  common: Record<string, unknown> | undefined;
  commonFile: string | undefined;
}

export interface LoadedCommon {
  file: string;
  path: string;
  doc: Record<string, unknown>;
}

export interface LoadResult {
  specs: LoadedSpec[];
  commons: LoadedCommon[];
  /** The extension vocabulary (JSON Schema 2020-12), if present and parseable. */
  extensionSchema: { file: string; path: string; schema: Record<string, unknown> } | undefined;
  /** Every parsed file by its relative name, for locating problems. */
  sources: Map<string, SourceFile>;
  problems: Problem[];
}

export interface LoadOptions {
  /** Directory that file names are relative to; defaults to the parent of specsDir (the repository root). */
  rootDir?: string;
}

export async function loadSpecs(specsDir: string, options: LoadOptions = {}): Promise<LoadResult> {
  const dir = resolve(specsDir);
  const rootDir = resolve(options.rootDir ?? dirname(dir));
  const nameOf = (path: string) => relative(rootDir, path).split(sep).join('/');
  const result: LoadResult = { specs: [], commons: [], extensionSchema: undefined, sources: new Map(), problems: [] };

  const yamlPaths = await findYamlFiles(dir);
  if (yamlPaths.length === 0) {
    result.problems.push({ kind: 'yaml', file: nameOf(dir), pointer: '', message: 'no .yaml spec files found' });
  }
  const parsed: SourceFile[] = [];
  for (const path of yamlPaths) {
    const source = parseSource(nameOf(path), path, await readFile(path, 'utf8'), result.problems);
    if (source) {
      result.sources.set(source.file, source);
      parsed.push(source);
    }
  }

  const schemaPath = join(dir, EXTENSION_SCHEMA_FILE);
  const schemaText = await readFile(schemaPath, 'utf8').catch(() => undefined);
  if (schemaText === undefined) {
    result.problems.push({ kind: 'extension', file: nameOf(schemaPath), pointer: '', message: 'extension schema file is missing' });
  } else {
    const source = parseSource(nameOf(schemaPath), schemaPath, schemaText, result.problems);
    if (source) {
      result.sources.set(source.file, source);
      result.extensionSchema = { file: source.file, path: schemaPath, schema: source.data };
    }
  }

  for (const source of parsed) {
    if ('x-cloudexec-common' in source.data) result.commons.push({ file: source.file, path: source.path, doc: source.data });
  }
  for (const source of parsed) {
    if ('x-cloudexec-common' in source.data) continue;
    const common = findCommon(source, result.commons, [dir, rootDir], result.problems);
    result.specs.push({ file: source.file, path: source.path, doc: source.data, common: common?.doc, commonFile: common?.file });
  }
  return result;
}

async function findYamlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .filter(
      (p) =>
        !relative(dir, p)
          .split(sep)
          .some((part) => part.startsWith('.') || part === 'node_modules'),
    )
    .sort();
}

/** Parses YAML (or JSON) strictly: syntax errors, duplicate keys and a non-mapping root are problems, never exceptions. */
export function parseSource(file: string, path: string, text: string, problems: Problem[]): SourceFile | undefined {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  const at = (offset: number | undefined) => (offset === undefined ? {} : lineCounter.linePos(offset));
  const yamlProblem = (message: string, offset: number | undefined): Problem => ({
    kind: 'yaml',
    file,
    pointer: offset === undefined ? '' : pointerAtOffset(document.contents, offset),
    message,
    ...at(offset),
  });
  for (const error of [...document.errors, ...document.warnings]) {
    problems.push(yamlProblem(`${yamlErrorLabel(error.code)}: ${firstLine(error.message)}`, error.pos[0]));
  }
  if (document.errors.length > 0) return undefined;

  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: 1000 });
  } catch (error) {
    problems.push(yamlProblem(`cannot read the document: ${firstLine(String((error as Error).message))}`, unresolvedAliasOffset(document)));
    return undefined;
  }
  if (!isRecord(data)) {
    const got = data === null || data === undefined ? 'an empty document' : Array.isArray(data) ? 'a sequence' : `a ${typeof data}`;
    problems.push(yamlProblem(`the document root must be a mapping, got ${got}`, document.contents?.range?.[0]));
    return undefined;
  }
  return { file, path, data, document, lineCounter };
}

function yamlErrorLabel(code: string): string {
  return code === 'DUPLICATE_KEY' ? 'duplicate key' : `YAML syntax error (${code.toLowerCase().replace(/_/g, ' ')})`;
}

function firstLine(message: string): string {
  return message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? message;
}

function unresolvedAliasOffset(document: Document): number | undefined {
  let offset: number | undefined;
  visit(document, {
    Alias(_key, node) {
      if (isAlias(node) && node.resolve(document) === undefined) {
        offset = node.range?.[0];
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return offset;
}

function findCommon(spec: SourceFile, commons: LoadedCommon[], bases: string[], problems: Problem[]): LoadedCommon | undefined {
  const service = spec.data['x-cloudexec-service'];
  const named = isRecord(service) ? service.common : undefined;
  if (typeof named === 'string') {
    const candidates = [dirname(spec.path), ...bases].map((base) => resolve(base, named));
    const found = commons.find((c) => candidates.includes(c.path));
    if (!found) {
      problems.push({
        kind: 'extension',
        file: spec.file,
        pointer: '/x-cloudexec-service/common',
        message: `common file '${named}' was not found (looked relative to the spec and to the specs directory)`,
      });
    }
    return found;
  }
  const sameDir = commons.filter((c) => dirname(c.path) === dirname(spec.path));
  return sameDir.length === 1 ? sameDir[0] : undefined;
}
