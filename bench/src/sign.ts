// Signatures per second: our TC3 / ACS3 / RPC v2 signers (the lowest-level function and the full
// protocol.sign() path) against the official signers, on identical inputs, measured in one run.
// Run: node --conditions=source bench/src/sign.ts
import { strict as assert } from 'node:assert';
import { aliyunProtocol, tencentProtocol, type ProtocolRequest, type ServiceDescriptor } from '@cloudexec/runtime';
import { ALIYUN_CREDENTIALS, ECS, SIGNING_DATE, SIGNING_TIMESTAMP, TAT, TENCENT_CREDENTIALS, stringValues } from './lib/fixtures.ts';
import { compareThroughput, type Candidate } from './lib/measure.ts';
import { OpenApiUtil, TencentSign } from './lib/official.ts';
import { signAcs3, signRpcV2, signTc3 } from './lib/ours.ts';
import { printTable, round, verdict, writeResults } from './lib/report.ts';

const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const NONCE = '3156853299f313e23d1673dc12e1703d';
const TARGETS = { tc3: 3, acs3: 1.3 } as const;

// --- TC3 ---------------------------------------------------------------------------------------------
const tc3Official = () =>
  TencentSign.sign3({
    method: 'POST',
    url: `https://${TAT.host}/`,
    payload: TAT.params,
    timestamp: SIGNING_TIMESTAMP,
    service: TAT.service,
    secretId: TENCENT_CREDENTIALS.accessKeyId,
    secretKey: TENCENT_CREDENTIALS.accessKeySecret,
    multipart: false,
    boundary: '',
    headers: { 'Content-Type': 'application/json' },
  });
// The official signer serialises the payload itself, so ours pays for JSON.stringify inside the loop too.
const tc3Ours = () =>
  signTc3({
    method: 'POST',
    host: TAT.host,
    contentType: 'application/json',
    payload: JSON.stringify(TAT.params),
    timestamp: SIGNING_TIMESTAMP,
    service: TAT.service,
    secretId: TENCENT_CREDENTIALS.accessKeyId,
    secretKey: TENCENT_CREDENTIALS.accessKeySecret,
  }).authorization;

const tatService: ServiceDescriptor = { provider: 'tencent', service: TAT.service, version: TAT.version, globalHost: TAT.host };
const tatRequest: ProtocolRequest = {
  service: tatService,
  action: TAT.action,
  method: 'POST',
  params: TAT.params,
  region: TAT.region,
  host: TAT.host,
  scheme: 'https',
  credentials: TENCENT_CREDENTIALS,
  date: SIGNING_DATE,
};
const tc3Protocol = () => tencentProtocol.sign(tatRequest);

// --- ACS3 --------------------------------------------------------------------------------------------
const ecsQuery = stringValues(ECS.params);
const acs3Headers = {
  host: ECS.host,
  'x-acs-version': ECS.version,
  'x-acs-action': ECS.action,
  'x-acs-date': '2026-11-23T00:00:00Z',
  'x-acs-signature-nonce': NONCE,
  accept: 'application/json',
  'x-acs-content-sha256': EMPTY_SHA256,
  'x-acs-credentials-provider': 'static_ak',
};
const acs3Official = () =>
  OpenApiUtil.getAuthorization(
    { pathname: '/', method: 'POST', query: ecsQuery, headers: acs3Headers },
    'ACS3-HMAC-SHA256',
    EMPTY_SHA256,
    ALIYUN_CREDENTIALS.accessKeyId,
    ALIYUN_CREDENTIALS.accessKeySecret,
  );
const acs3Ours = () =>
  signAcs3({
    method: 'POST',
    pathname: '/',
    query: Object.entries(ecsQuery),
    headers: acs3Headers,
    payloadHash: EMPTY_SHA256,
    accessKeyId: ALIYUN_CREDENTIALS.accessKeyId,
    accessKeySecret: ALIYUN_CREDENTIALS.accessKeySecret,
  }).authorization;

const ecsService: ServiceDescriptor = { provider: 'aliyun', service: ECS.service, version: ECS.version, globalHost: ECS.host };
const ecsRequest: ProtocolRequest = {
  service: ecsService,
  action: ECS.action,
  method: 'POST',
  params: ECS.params,
  host: ECS.host,
  scheme: 'https',
  credentials: ALIYUN_CREDENTIALS,
  date: SIGNING_DATE,
  nonce: NONCE,
};
const acs3Protocol = () => aliyunProtocol.sign(ecsRequest);

// --- RPC v2 (HMAC-SHA1) --------------------------------------------------------------------------------
const rpcParams = {
  ...ecsQuery,
  Action: ECS.action,
  Format: 'JSON',
  Version: ECS.version,
  AccessKeyId: ALIYUN_CREDENTIALS.accessKeyId,
  SignatureMethod: 'HMAC-SHA1',
  Timestamp: '2026-11-23T00:00:00Z',
  SignatureVersion: '1.0',
  SignatureNonce: NONCE,
};
const rpcOfficial = () => OpenApiUtil.getRPCSignature(rpcParams, 'POST', ALIYUN_CREDENTIALS.accessKeySecret);
const rpcOurs = () => signRpcV2({ method: 'POST', params: Object.entries(rpcParams), accessKeySecret: ALIYUN_CREDENTIALS.accessKeySecret }).signature;
const rpcProtocol = () => aliyunProtocol.sign({ ...ecsRequest, signatureMethod: 'rpc-v2' });

// Same input, same output: otherwise the comparison would be meaningless.
assert.equal(tc3Ours(), tc3Official(), 'TC3 signatures differ');
assert.equal(acs3Ours(), acs3Official(), 'ACS3 signatures differ');
assert.equal(rpcOurs(), rpcOfficial(), 'RPC v2 signatures differ');
assert.equal((await tc3Protocol()).headers.Authorization, tc3Official(), 'TC3 protocol.sign() differs');

interface Group {
  scheme: string;
  official: Candidate;
  ours: Candidate;
  protocol: Candidate;
  target?: number;
}

const groups: Group[] = [
  {
    scheme: 'TC3-HMAC-SHA256',
    official: { name: 'official Sign.sign3', run: tc3Official },
    ours: { name: 'ours signTc3', run: tc3Ours },
    protocol: { name: 'ours tencentProtocol.sign()', run: tc3Protocol },
    target: TARGETS.tc3,
  },
  {
    scheme: 'ACS3-HMAC-SHA256',
    official: { name: 'official getAuthorization', run: acs3Official },
    ours: { name: 'ours signAcs3', run: acs3Ours },
    protocol: { name: 'ours aliyunProtocol.sign()', run: acs3Protocol },
    target: TARGETS.acs3,
  },
  {
    scheme: 'RPC v2 HMAC-SHA1',
    official: { name: 'official getRPCSignature', run: rpcOfficial },
    ours: { name: 'ours signRpcV2', run: rpcOurs },
    protocol: { name: 'ours aliyunProtocol.sign() rpc-v2', run: rpcProtocol },
  },
];

const rows = [];
for (const group of groups) {
  const [official, ours, protocol] = await compareThroughput([group.official, group.ours, group.protocol]);
  for (const result of [official!, ours!, protocol!]) {
    const ratio = result.opsPerSec / official!.opsPerSec;
    const judged = group.target !== undefined && result !== official;
    rows.push({
      scheme: group.scheme,
      signer: result.name,
      'signatures/s': Math.round(result.opsPerSec),
      'µs/signature': round(1e6 / result.opsPerSec),
      'vs official': `${round(ratio)}×`,
      target: judged ? verdict(ratio, group.target!, 'higher') : '',
    });
  }
}
printTable('Signatures per second (median of 7 interleaved 300 ms rounds; same inputs, outputs checked equal)', rows);
writeResults('sign', { targets: TARGETS, rows });
