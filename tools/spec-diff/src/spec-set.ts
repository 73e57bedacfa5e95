// Loads every service spec of one snapshot (a git ref or the working tree), keyed by npm package.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { isRecord, type JsonObject } from './json.ts';
import type { DocumentSet } from './refs.ts';
import { listFilesAt, readFileAt } from './repo.ts';

export const SPECS_DIR = 'specs';
const COMMON_FILE = 'common.yaml';

export interface ServiceSpec {
  /** `@cloudexec/tencent-tat` */
  packageName: string;
  /** `packages/tencent-tat` */
  packageDir: string;
  /** `specs/tencent/tat.yaml` */
  specFile: string;
  /** `specs/tencent/common.yaml`, when the provider has one. */
  commonFile?: string;
  /** The service document and the common one, by repo-relative path. */
  documents: DocumentSet;
}

/** Where a snapshot's files come from. */
export interface FileSource {
  /** Repo-relative paths of every file under specs/. */
  list(): string[];
  read(file: string): string;
}

export function worktreeSource(root: string): FileSource {
  return {
    list: () => {
      const dir = path.join(root, SPECS_DIR);
      if (!existsSync(dir)) return [];
      return readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((p) => path.posix.join(SPECS_DIR, p.split(path.sep).join('/')));
    },
    read: (file) => readFileSync(path.join(root, file), 'utf8'),
  };
}

export function gitSource(root: string, ref: string): FileSource {
  return { list: () => listFilesAt(root, ref, SPECS_DIR), read: (file) => readFileAt(root, ref, file) };
}

/** Service specs are `specs/<provider>/<service>.yaml`; `common.yaml` is shared by the provider's services. */
export function loadSnapshot(source: FileSource): Map<string, ServiceSpec> {
  const files = source
    .list()
    .filter((f) => /^specs\/[^/]+\/[^/]+\.ya?ml$/.test(f))
    .sort();
  const services = new Map<string, ServiceSpec>();
  for (const specFile of files) {
    if (path.posix.basename(specFile) === COMMON_FILE) continue;
    const doc = parseSpec(specFile, source.read(specFile));
    const commonPath = path.posix.join(path.posix.dirname(specFile), COMMON_FILE);
    const documents = new Map<string, JsonObject>([[specFile, doc]]);
    if (files.includes(commonPath)) documents.set(commonPath, parseSpec(commonPath, source.read(commonPath)));
    const packageName = packageNameOf(doc, specFile);
    const spec: ServiceSpec = { packageName, packageDir: `packages/${packageName.replace(/^@[^/]+\//, '')}`, specFile, documents };
    if (documents.has(commonPath)) spec.commonFile = commonPath;
    services.set(packageName, spec);
  }
  return services;
}

function parseSpec(file: string, text: string): JsonObject {
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (error) {
    throw new Error(`spec-diff: ${file} is not valid YAML: ${(error as Error).message}`);
  }
  if (!isRecord(doc)) throw new Error(`spec-diff: ${file} is not a YAML mapping`);
  return doc;
}

/** `x-cloudexec-service.package` (`tencent-tat` or `@cloudexec/tencent-tat`), else derived from the path. */
export function packageNameOf(doc: JsonObject, specFile: string): string {
  const info = isRecord(doc.info) ? doc.info : {};
  const service = isRecord(doc['x-cloudexec-service']) ? doc['x-cloudexec-service'] : isRecord(info['x-cloudexec-service']) ? info['x-cloudexec-service'] : {};
  const declared = service.package;
  if (typeof declared === 'string' && declared !== '') return declared.startsWith('@') ? declared : `@cloudexec/${declared}`;
  const [, provider, service_] = /^specs\/([^/]+)\/([^/]+)\.ya?ml$/.exec(specFile) ?? [];
  return `@cloudexec/${provider}-${service_}`;
}
