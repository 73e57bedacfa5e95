// Reading a packed tarball: what the registry would serve, file by file.
import { unpack } from '@publint/pack';

/** Files of a `.tgz` keyed by their path inside the package (the leading `package/` removed). */
export async function unpackTarball(data: Uint8Array): Promise<Map<string, Uint8Array>> {
  const { files, rootDir } = await unpack(data);
  const prefix = `${rootDir}/`;
  return new Map(files.map((file) => [file.name.startsWith(prefix) ? file.name.slice(prefix.length) : file.name, file.data]));
}
