// Credentials the way each ecosystem keeps them: environment variables first, then the official CLI's profile
// file (tccli: ~/.tccli/<profile>.credential; aliyun CLI: ~/.aliyun/config.json), `--profile` picking one.
// Secrets are read, handed to the client and never printed: errors name files and fields, not values.
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Credentials } from '@cloudexec/runtime';
import { ExecUsageError } from '../errors.ts';

export type Ecosystem = 'tencent' | 'aliyun';

export interface FoundCredentials {
  credentials: Credentials;
  /** Where they came from, for `--verbose`-style messages: `environment`, a file path. Never the values. */
  source: string;
  /** The profile's region, when the profile names one. */
  region?: string;
}

type Env = Readonly<Record<string, string | undefined>>;

export interface LookupOptions {
  profile?: string | undefined;
  env?: Env;
  home?: string;
}

export function findCredentials(ecosystem: Ecosystem, options: LookupOptions = {}): FoundCredentials | undefined {
  const env = options.env ?? process.env;
  const home = options.home ?? homedir();
  if (options.profile === undefined) {
    const fromEnv = ecosystem === 'tencent' ? tencentEnv(env) : aliyunEnv(env);
    if (fromEnv) return fromEnv;
  }
  return ecosystem === 'tencent' ? tccliProfile(home, options.profile, env) : aliyunProfile(home, options.profile, env);
}

function tencentEnv(env: Env): FoundCredentials | undefined {
  const accessKeyId = env.TENCENTCLOUD_SECRET_ID;
  const accessKeySecret = env.TENCENTCLOUD_SECRET_KEY;
  if (!accessKeyId || !accessKeySecret) return undefined;
  const securityToken = env.TENCENTCLOUD_SESSION_TOKEN || env.TENCENTCLOUD_TOKEN;
  return { credentials: { accessKeyId, accessKeySecret, ...(securityToken ? { securityToken } : {}) }, source: 'environment' };
}

function aliyunEnv(env: Env): FoundCredentials | undefined {
  const accessKeyId = env.ALIBABA_CLOUD_ACCESS_KEY_ID;
  const accessKeySecret = env.ALIBABA_CLOUD_ACCESS_KEY_SECRET;
  if (!accessKeyId || !accessKeySecret) return undefined;
  const securityToken = env.ALIBABA_CLOUD_SECURITY_TOKEN;
  return { credentials: { accessKeyId, accessKeySecret, ...(securityToken ? { securityToken } : {}) }, source: 'environment' };
}

function readJson(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new ExecUsageError('profile', `${path} is not valid JSON`);
  }
}

// tccli keeps one JSON file per profile: <profile>.credential ({secretId, secretKey, token?}) and
// <profile>.configure (region under `_sys_param`).
function tccliProfile(home: string, profile: string | undefined, env: Env): FoundCredentials | undefined {
  const name = profile ?? env.TCCLI_PROFILE ?? 'default';
  const dir = join(home, '.tccli');
  const path = join(dir, `${name}.credential`);
  const file = readJson(path) as Record<string, unknown> | undefined;
  if (file === undefined) {
    if (profile !== undefined) throw new ExecUsageError('profile', `no tccli profile ${JSON.stringify(name)} (${path} not found)`);
    return undefined;
  }
  const accessKeyId = file.secretId;
  const accessKeySecret = file.secretKey;
  if (typeof accessKeyId !== 'string' || typeof accessKeySecret !== 'string' || !accessKeyId || !accessKeySecret) {
    throw new ExecUsageError('profile', `${path} has no secretId/secretKey`);
  }
  const token = typeof file.token === 'string' && file.token ? file.token : undefined;
  const configure = readJson(join(dir, `${name}.configure`)) as { _sys_param?: { region?: unknown } } | undefined;
  const region = typeof configure?._sys_param?.region === 'string' ? configure._sys_param.region : undefined;
  return {
    credentials: { accessKeyId, accessKeySecret, ...(token ? { securityToken: token } : {}) },
    source: path,
    ...(region ? { region } : {}),
  };
}

// aliyun CLI: ~/.aliyun/config.json {current, profiles: [{name, mode, access_key_id, access_key_secret, sts_token, region_id}]}.
function aliyunProfile(home: string, profile: string | undefined, env: Env): FoundCredentials | undefined {
  const path = join(home, '.aliyun', 'config.json');
  const file = readJson(path) as { current?: unknown; profiles?: unknown } | undefined;
  if (file === undefined) {
    if (profile !== undefined) throw new ExecUsageError('profile', `no aliyun CLI configuration (${path} not found)`);
    return undefined;
  }
  const name = profile ?? env.ALIBABA_CLOUD_PROFILE ?? (typeof file.current === 'string' && file.current ? file.current : 'default');
  const profiles = Array.isArray(file.profiles) ? (file.profiles as Record<string, unknown>[]) : [];
  const entry = profiles.find((candidate) => candidate?.name === name);
  if (!entry) {
    if (profile !== undefined) throw new ExecUsageError('profile', `no profile ${JSON.stringify(name)} in ${path}`);
    return undefined;
  }
  const mode = typeof entry.mode === 'string' ? entry.mode : 'AK';
  if (mode !== 'AK' && mode !== 'StsToken') {
    throw new ExecUsageError('profile', `profile ${JSON.stringify(name)} in ${path} uses mode ${mode}; cloudexec reads AK and StsToken profiles`);
  }
  const accessKeyId = entry.access_key_id;
  const accessKeySecret = entry.access_key_secret;
  if (typeof accessKeyId !== 'string' || typeof accessKeySecret !== 'string' || !accessKeyId || !accessKeySecret) {
    throw new ExecUsageError('profile', `profile ${JSON.stringify(name)} in ${path} has no access_key_id/access_key_secret`);
  }
  const token = mode === 'StsToken' && typeof entry.sts_token === 'string' && entry.sts_token ? entry.sts_token : undefined;
  const region = typeof entry.region_id === 'string' && entry.region_id ? entry.region_id : undefined;
  return {
    credentials: { accessKeyId, accessKeySecret, ...(token ? { securityToken: token } : {}) },
    source: `${path} (profile ${name})`,
    ...(region ? { region } : {}),
  };
}

/** The region named by the profile (the given one, else the default), whatever supplied the credentials. */
export function findProfileRegion(ecosystem: Ecosystem, options: LookupOptions = {}): string | undefined {
  const env = options.env ?? process.env;
  const home = options.home ?? homedir();
  const found = ecosystem === 'tencent' ? tccliProfile(home, options.profile, env) : aliyunProfile(home, options.profile, env);
  return found?.region;
}
