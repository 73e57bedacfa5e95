// An independent TC3-HMAC-SHA256 signature (POST, signed headers content-type;host), used only to show which
// host string a client signed.
import { createHash, createHmac } from 'node:crypto';

export interface Tc3Input {
  secretKey: string;
  service: string;
  timestamp: number;
  host: string;
  contentType: string;
  payload: string;
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
const hmac = (key: string | Buffer, text: string): Buffer => createHmac('sha256', key).update(text).digest();

export function tc3Signature(input: Tc3Input): string {
  const canonical = [
    'POST',
    '/',
    '',
    `content-type:${input.contentType.toLowerCase()}`,
    `host:${input.host.toLowerCase()}`,
    '',
    'content-type;host',
    sha256(input.payload),
  ].join('\n');
  const date = new Date(input.timestamp * 1000).toISOString().slice(0, 10);
  const toSign = ['TC3-HMAC-SHA256', String(input.timestamp), `${date}/${input.service}/tc3_request`, sha256(canonical)].join('\n');
  const key = hmac(hmac(hmac(`TC3${input.secretKey}`, date), input.service), 'tc3_request');
  return createHmac('sha256', key).update(toSign).digest('hex');
}
