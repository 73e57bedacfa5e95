// The provider facts every operation of a service shares (x-cloudexec-common): common error codes,
// the codes a mock answers for throttling, bad signatures and bad parameters, and the envelope.
import type { ConstraintError, ErrorCodeModel, ServiceModel } from '@cloudexec/runtime/model';
import type { CommonExtension } from '@cloudexec/spec-check';
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

/** A documented error as the spec lists it: per operation (status always given) or common (status may be null). */
export interface DocumentedError {
  code: string;
  httpStatus: number | null;
  description: string;
  retryable?: boolean;
}

export function commonFacts(raw: CommonExtension): CommonFacts {
  const { envelope, throttlingCodes } = raw;
  const documented = new Map<string, number>();
  for (const entry of raw.commonErrors) if (entry.httpStatus !== null) documented.set(entry.code, entry.httpStatus);

  /** Undocumented status: the fixed envelope status (Tencent 200), else the parent code's (`Throttling.Api` → `Throttling`), else 400. */
  const statusOf = (code: string): number => {
    if (envelope.errorHttpStatus !== null) return envelope.errorHttpStatus;
    for (let candidate = code; candidate !== ''; candidate = candidate.slice(0, Math.max(candidate.lastIndexOf('.'), 0))) {
      const status = documented.get(candidate);
      if (status !== undefined) return status;
    }
    return 400;
  };
  const errors: ErrorCodeModel[] = raw.commonErrors
    .map((entry) => errorCodeModel(entry, throttlingCodes, statusOf))
    .sort((a, b) => compareStrings(a.code, b.code));
  const inferred = (errorCode: string): ConstraintError => ({ code: errorCode, httpStatus: statusOf(errorCode), basis: 'inferred' });
  const [throttlingCode] = throttlingCodes;
  return {
    common: {
      errors,
      throttlingCode,
      signatureErrorCode: raw.signatureErrorCode,
      invalidActionCode: raw.invalidActionCode,
      missingParameterCode: raw.missingParameterCode,
      invalidParameterCode: raw.invalidParameterCode,
      invalidParameterValueCode: raw.invalidParameterValueCode,
      // null (Alibaba): no documented rejection of undefined parameters.
      unknownParameterCode: raw.unknownParameterCode,
    },
    wrapper: envelope.successWrapper,
    throttlingCodes,
    fallback: {
      missingParameter: inferred(raw.missingParameterCode),
      invalidParameter: inferred(raw.invalidParameterCode),
      invalidParameterValue: inferred(raw.invalidParameterValueCode),
      unknownParameter: inferred(raw.unknownParameterCode ?? raw.invalidParameterCode),
    },
    statusOf,
  };
}

/** A documented error; `retryable` is the spec's word when it gives one, else our classification. */
export function errorCodeModel(entry: DocumentedError, throttlingCodes: readonly string[], statusOf: (code: string) => number): ErrorCodeModel {
  return {
    code: entry.code,
    httpStatus: entry.httpStatus ?? statusOf(entry.code),
    description: entry.description,
    retryable: entry.retryable ?? isRetryableCode(entry.code, throttlingCodes),
  };
}
