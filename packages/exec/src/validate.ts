// Checks a run against the service's documented limits before any request: the CLI turns a failure into
// exit code 2 with the message, and no call is made.
import { ExecUsageError } from './errors.ts';
import { contentBytes, PROVIDER_LIMITS } from './limits.ts';
import { PROVIDER_IDS, type ProviderId, type RunInput } from './model.ts';

const PARAMETER_NAME = /^[A-Za-z0-9_-]{1,64}$/;
// Hard ceiling for one execution whatever the service: splitting past it would mean thousands of calls.
export const MAX_FLEET = 10_000;

export function isProviderId(value: unknown): value is ProviderId {
  return typeof value === 'string' && (PROVIDER_IDS as readonly string[]).includes(value);
}

export function checkProvider(value: unknown): ProviderId {
  if (!isProviderId(value)) {
    throw new ExecUsageError('provider', `unknown provider ${JSON.stringify(value)}; one of ${PROVIDER_IDS.join(', ')}`);
  }
  return value;
}

export function validateRun(input: RunInput): void {
  const provider = checkProvider(input.provider);
  const limits = PROVIDER_LIMITS[provider];
  if (typeof input.region !== 'string' || input.region.trim() === '')
    throw new ExecUsageError('region', 'a region is required (e.g. ap-guangzhou, cn-hangzhou)');
  validateTargets(provider, input.targets);
  if (typeof input.command !== 'string' || input.command.trim() === '') throw new ExecUsageError('command', 'the command is empty');
  const bytes = contentBytes(input.command, input.parameters);
  if (bytes > limits.maxContentBytes) {
    throw new ExecUsageError(
      'command',
      `the command is too large for ${provider}: ${bytes} bytes after Base64 encoding (with parameter values), the limit is ${limits.maxContentBytes}`,
    );
  }
  if (input.timeout !== undefined) {
    const { min, max } = limits.timeout;
    if (!Number.isInteger(input.timeout) || input.timeout < min || input.timeout > max) {
      throw new ExecUsageError('timeout', `the timeout must be a whole number of seconds from ${min} to ${max} for ${provider}, got ${input.timeout}`);
    }
  }
  const names = Object.keys(input.parameters ?? {});
  if (names.length > 0 && limits.maxParameters === 0) throw new ExecUsageError('parameters', `${provider} takes no command parameters`);
  if (names.length > limits.maxParameters)
    throw new ExecUsageError('parameters', `at most ${limits.maxParameters} parameters for ${provider}, got ${names.length}`);
  for (const name of names) {
    if (!PARAMETER_NAME.test(name)) throw new ExecUsageError('parameters', `parameter name ${JSON.stringify(name)} must be 1-64 letters, digits, _ or -`);
  }
  if (provider === 'tencent-tat') checkTatKinds(input.targets);
}

export function validateTargets(provider: ProviderId, targets: readonly string[] | undefined): void {
  if (!Array.isArray(targets) || targets.length === 0) throw new ExecUsageError('targets', 'no targets given');
  const seen = new Set<string>();
  for (const target of targets) {
    if (typeof target !== 'string' || !/^[\w.:-]{1,128}$/.test(target)) throw new ExecUsageError('targets', `target ${JSON.stringify(target)} is not an id`);
    if (seen.has(target)) throw new ExecUsageError('targets', `target ${target} is listed twice`);
    seen.add(target);
  }
  // Batch runs one job on one compute environment; the other services split fleets into several runs.
  if (provider === 'tencent-batch' && targets.length !== 1) {
    throw new ExecUsageError('targets', `tencent-batch takes one target, a compute environment id; got ${targets.length}`);
  }
  if (targets.length > MAX_FLEET) throw new ExecUsageError('targets', `too many targets: ${targets.length}, at most ${MAX_FLEET} in one execution`);
}

// TAT refuses a call that mixes CVM and Lighthouse instances (InvalidParameterValue.InconsistentInstance);
// split.ts puts each kind in its own runs, so only an unknown prefix is an error here.
function checkTatKinds(targets: readonly string[]): void {
  for (const target of targets) {
    if (!/^(ins|lhins|rins)-/.test(target)) throw new ExecUsageError('targets', `${target} is not a TAT instance id (ins-, lhins- or rins-)`);
  }
}
