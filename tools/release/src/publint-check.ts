// publint on the tarball itself: it lints the manifest as published (publishConfig applied by pnpm pack)
// against the files as published. (The `pkgDir` mode would lint the repo's package.json, whose
// publishConfig overrides it does not apply.)
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import type { Finding } from './finding.ts';

export async function publintTarball(packageName: string, tarball: Uint8Array): Promise<Finding[]> {
  const buffer = tarball.buffer.slice(tarball.byteOffset, tarball.byteOffset + tarball.byteLength) as ArrayBuffer;
  const { messages, pkg } = await publint({ pack: { tarball: buffer }, level: 'suggestion', strict: false });
  return messages.map((message) => ({
    package: packageName,
    severity: message.type,
    rule: `publint/${message.code}`,
    message: formatMessage(message, pkg, { color: false }) ?? `${message.code} at ${JSON.stringify(message.path)}`,
  }));
}
