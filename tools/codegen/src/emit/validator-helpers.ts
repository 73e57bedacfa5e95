// The helper functions a generated validators.gen.ts calls. They live in @cloudexec/runtime
// (packages/runtime/src/validation.ts); a validator imports the ones its checks use.

/** Runtime helpers a validator may call, by the name it imports them under. */
export const HELPER_NAMES: readonly string[] = [
  'validationFailure',
  'asRequestParams',
  'isRecord',
  'rejectUnknownMembers',
  'isPresent',
  'listEntries',
  'listRecords',
  'isOneOf',
  'isFilterValue',
  'repeatsEarlierKey',
];
