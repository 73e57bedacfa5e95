// A synthetic spec of N operations with the real spec's shape: specs/tencent/tat.yaml with each of its
// operations (and the component schemas named after it) cloned under numbered action names. Written,
// with the common file and the extension schema it needs, into a fresh specs folder.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';

const SPECS = path.resolve(import.meta.dirname, '../../../specs');

type Json = Record<string, unknown>;

/** Replaces every occurrence of `from` in the keys and strings of `value` (an action name is one token). */
function rename<T>(value: T, from: string, to: string): T {
  return JSON.parse(JSON.stringify(value).replaceAll(from, to)) as T;
}

export function writeSyntheticSpecs(dir: string, operations: number): void {
  const doc = parse(readFileSync(path.join(SPECS, 'tencent/tat.yaml'), 'utf8')) as Json & {
    paths: Record<string, Json>;
    components: { schemas: Record<string, Json> };
  };
  const templates = Object.entries(doc.paths).map(([pathKey, item]) => {
    const action = pathKey.slice(1);
    const schemas = Object.fromEntries(Object.entries(doc.components.schemas).filter(([name]) => name.startsWith(action)));
    return { action, item, schemas };
  });
  const shared = Object.fromEntries(Object.entries(doc.components.schemas).filter(([name]) => !templates.some((t) => name.startsWith(t.action))));
  const paths: Record<string, Json> = {};
  const schemas: Record<string, Json> = { ...shared };
  for (let i = 0; i < operations; i++) {
    const template = templates[i % templates.length]!;
    const action = `${template.action}${String(Math.floor(i / templates.length) + 1).padStart(4, '0')}`;
    const item = rename(template.item, template.action, action);
    // Provenance names the vendor page, which stays the template's.
    for (const [method, operation] of Object.entries(item)) {
      const extension = (operation as Json)['x-cloudexec-operation'] as Json;
      extension.provenance = ((template.item[method] as Json)['x-cloudexec-operation'] as Json).provenance;
    }
    paths[`/${action}`] = item;
    Object.assign(schemas, rename(template.schemas, template.action, action));
  }
  const synthetic = {
    ...doc,
    info: { ...(doc.info as Json), title: `Synthetic service of ${operations} operations` },
    // The extension schema only admits the real package names; the output goes to a temporary folder.
    'x-cloudexec-service': doc['x-cloudexec-service'],
    paths,
    components: { ...doc.components, schemas },
  };
  mkdirSync(path.join(dir, 'tencent'), { recursive: true });
  writeFileSync(path.join(dir, 'tencent/synthetic.yaml'), stringify(synthetic, { lineWidth: 0 }));
  copyFileSync(path.join(SPECS, 'tencent/common.yaml'), path.join(dir, 'tencent/common.yaml'));
  copyFileSync(path.join(SPECS, 'extensions.schema.json'), path.join(dir, 'extensions.schema.json'));
}
