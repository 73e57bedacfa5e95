// The provider facts every operation of a service shares (x-cloudexec-common): common error codes,
// the codes a mock answers for throttling, bad signatures and bad parameters, and the envelope.
import type { ConstraintError, ErrorCodeModel, ServiceModel } from '@cloudexec/runtime/model';
import { CodegenError } from '../load/codegen-error.ts';
import { compareStrings } from '../emit/helpers.ts';
import type { FallbackErrors } from './constraint-errors.ts';
import { isRetryableCode } from './retryable.ts';

export interface CommonFacts {
  common: ServiceModel['common'];
  /** Member wrapping every answer (`Response`), or null (Alibaba). */
  wrapper: string | null;
  throttlingCodes: string[];
  fallback: FallbackErrors;
  /** Documented status of a code, or the provider's default error status when undocumented. */
  statusOf(code: string): number;
}

type Raw = Record<string, unknown>;

export function commonFacts(commonDoc: Raw | undefined, specFile: string): CommonFacts {
  const raw = commonDoc?.['x-cloudexec-common'];
  if (!isRecord(raw)) throw new CodegenError(`${specFile}: the provider common file (x-cloudexec-common) was not found`);
  const envelope = isRecord(raw['envelope']) ? raw['envelope'] : {};
  const fixedStatus = typeof envelope['errorHttpStatus'] === 'number' ? envelope['errorHttpStatus'] : undefined;
  const throttlingCodes = strings(raw['throttlingCodes']);
  const listed = (Array.isArray(raw['commonErrors']) ? raw['commonErrors'] : []).filter(isRecord);
  const documented = new Map<string, number>();
  for (const entry of listed) if (typeof entry['httpStatus'] === 'number') documented.set(String(entry['code']), entry['httpStatus']);

  /** Undocumented status: the fixed envelope status (Tencent 200), else the parent code's (`Throttling.Api` → `Throttling`), else 400. */
  const statusOf = (code: string): number => {
    if (fixedStatus !== undefined) return fixedStatus;
    for (let candidate = code; candidate !== ''; candidate = candidate.slice(0, Math.max(candidate.lastIndexOf('.'), 0))) {
      const status = documented.get(candidate);
      if (status !== undefined) return status;
    }
    return 400;
  };
  const errors: ErrorCodeModel[] = listed
    .map((entry) => errorCodeModel(entry, throttlingCodes, statusOf))
    .sort((a, b) => compareStrings(a.code, b.code));
  const code = (key: string) => {
    const value = raw[key];
    if (typeof value !== 'string') throw new CodegenError(`${specFile}: x-cloudexec-common.${key} is missing`);
    return value;
  };
  const inferred = (errorCode: string): ConstraintError => ({ code: errorCode, httpStatus: statusOf(errorCode), basis: 'inferred' });
  const [throttlingCode] = throttlingCodes;
  if (throttlingCode === undefined) throw new CodegenError(`${specFile}: x-cloudexec-common.throttlingCodes is empty`);
  const invalidParameterCode = code('invalidParameterCode');
  const invalidParameterValueCode = typeof raw['invalidParameterValueCode'] === 'string' ? raw['invalidParameterValueCode'] : invalidParameterCode;
  // null (Alibaba): no documented rejection of undefined parameters.
  const unknownParameterCode = typeof raw['unknownParameterCode'] === 'string' ? raw['unknownParameterCode'] : null;
  return {
    common: {
      errors,
      throttlingCode,
      signatureErrorCode: code('signatureErrorCode'),
      invalidActionCode: code('invalidActionCode'),
      missingParameterCode: code('missingParameterCode'),
      invalidParameterCode,
      invalidParameterValueCode,
      unknownParameterCode,
    },
    wrapper: typeof envelope['successWrapper'] === 'string' ? envelope['successWrapper'] : null,
    throttlingCodes,
    fallback: {
      missingParameter: inferred(code('missingParameterCode')),
      invalidParameter: inferred(invalidParameterCode),
      invalidParameterValue: inferred(invalidParameterValueCode),
      unknownParameter: inferred(unknownParameterCode ?? invalidParameterCode),
    },
    statusOf,
  };
}

/** A documented error; `retryable` is the spec's word when it gives one, else our classification. */
export function errorCodeModel(entry: Raw, throttlingCodes: readonly string[], statusOf: (code: string) => number): ErrorCodeModel {
  const code = String(entry['code']);
  return {
    code,
    httpStatus: typeof entry['httpStatus'] === 'number' ? entry['httpStatus'] : statusOf(code),
    description: String(entry['description'] ?? ''),
    retryable: typeof entry['retryable'] === 'boolean' ? entry['retryable'] : isRetryableCode(code, throttlingCodes),
  };
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function isRecord(value: unknown): value is Raw {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
