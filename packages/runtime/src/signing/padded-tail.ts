// Merkle–Damgård padding shared by SHA-1 and SHA-256: the last partial block, a 0x80 byte, zeros and
// the message length in bits as a big-endian 64-bit number, written into one reusable 128-byte buffer.

export const PADDED_TAIL = new Uint8Array(128);

/** Writes the padded tail of `data[start..start+rest)`; returns how many 64-byte blocks it spans. */
export function writePaddedTail(data: Uint8Array, start: number, rest: number, totalLength: number): number {
  PADDED_TAIL.fill(0);
  for (let i = 0; i < rest; i++) PADDED_TAIL[i] = data[start + i]!;
  PADDED_TAIL[rest] = 0x80;
  const blocks = rest < 56 ? 1 : 2;
  const end = blocks << 6;
  const high = Math.floor(totalLength / 0x20000000);
  const low = (totalLength << 3) >>> 0;
  PADDED_TAIL[end - 8] = high >>> 24;
  PADDED_TAIL[end - 7] = high >>> 16;
  PADDED_TAIL[end - 6] = high >>> 8;
  PADDED_TAIL[end - 5] = high;
  PADDED_TAIL[end - 4] = low >>> 24;
  PADDED_TAIL[end - 3] = low >>> 16;
  PADDED_TAIL[end - 2] = low >>> 8;
  PADDED_TAIL[end - 1] = low;
  return blocks;
}
