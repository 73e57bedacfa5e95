// The one classification table: every change kind the diff can report, the semver bump it causes for
// the provider package's users, and why. README.md carries the same table (a test keeps them equal).
//
// major = a caller that compiled and ran before can break; minor = additive or relaxing;
// patch = documentation only (examples, descriptions, provenance, discrepancy notes).

export type Bump = 'major' | 'minor' | 'patch';

export interface ChangeRule {
  bump: Bump;
  /** One line for the README: why this bump. */
  why: string;
}

export const CHANGE_RULES = {
  'operation-added': { bump: 'minor', why: 'a new method; existing calls are untouched' },
  'operation-removed': { bump: 'major', why: 'calls to the method no longer compile' },

  'request-field-added-optional': { bump: 'minor', why: 'existing calls stay valid' },
  'request-field-added-required': { bump: 'major', why: 'existing calls lack the field' },
  'request-field-removed': { bump: 'major', why: 'calls passing the field no longer compile' },
  'request-field-renamed': { bump: 'major', why: 'calls using the old name no longer compile (removed + added field of the same type in one object)' },
  'request-field-made-required': { bump: 'major', why: 'calls omitting the field no longer compile' },
  'request-field-made-optional': { bump: 'minor', why: 'relaxes the input type' },
  'request-field-retyped': { bump: 'major', why: 'values of the old type may be rejected' },
  'request-field-widened': { bump: 'minor', why: 'the new type accepts every old value (e.g. `null` added)' },
  'request-limit-tightened': { bump: 'major', why: 'values accepted before are now rejected (lower maximum, higher minimum, new pattern, fewer filters)' },
  'request-limit-loosened': { bump: 'minor', why: 'every value accepted before is still accepted' },
  'request-default-changed': { bump: 'major', why: 'calls that omit the field now get different results' },
  'request-default-documented': { bump: 'minor', why: 'a default appears or disappears in the docs; the service behaviour is not claimed to change' },
  'request-enum-value-added': { bump: 'minor', why: 'one more accepted value' },
  'request-enum-value-removed': { bump: 'major', why: 'calls passing the value no longer compile or are rejected' },

  'filter-name-added': { bump: 'minor', why: 'one more accepted filter' },
  'filter-name-removed': { bump: 'major', why: 'calls filtering on it are rejected' },
  'filter-name-renamed': { bump: 'major', why: 'calls using the old name are rejected (a removed + added filter name in one operation)' },
  'filter-name-corrected': {
    bump: 'minor',
    why: 'a rename that a discrepancy record of the operation explains, naming both the old and the new name: the old name was a doc error the service never honoured, so no working call breaks',
  },
  'filter-field-changed': { bump: 'minor', why: 'the mock handlers filter on another item field; no call signature changes' },

  'response-field-added': { bump: 'minor', why: 'new data; existing reads are untouched' },
  'response-field-removed': { bump: 'major', why: 'reads of the field no longer compile' },
  'response-field-renamed': { bump: 'major', why: 'reads of the old name no longer compile' },
  'response-field-retyped': { bump: 'major', why: 'code using the old type may no longer compile' },
  'response-field-narrowed': { bump: 'minor', why: 'the new type is a subset of the old (e.g. no longer `null`)' },
  'response-field-made-optional': { bump: 'major', why: 'reads now see `undefined` and no longer compile under strict mode' },
  'response-field-made-required': { bump: 'minor', why: 'narrows the output type' },
  'response-enum-value-added': { bump: 'minor', why: 'one more possible value (switches need a default branch)' },
  'response-enum-value-removed': { bump: 'major', why: 'comparisons with the value no longer compile' },
  'response-constraint-changed': { bump: 'patch', why: 'limits and defaults on output fields are documentation; the type does not change' },
  'field-keyword-changed': { bump: 'minor', why: 'another schema keyword (format, deprecated, ...) changed; reported for review' },

  'error-code-added': { bump: 'minor', why: 'one more code in the error-code union' },
  'error-code-removed': { bump: 'major', why: 'comparisons with the code no longer compile' },
  'error-status-changed': { bump: 'minor', why: 'the documented HTTP status of a code changed; the code itself stays' },

  'rate-limit-changed': { bump: 'minor', why: 'the client-side throttle paces calls differently; no call breaks' },
  'region-made-required': { bump: 'major', why: 'calls without a region are rejected' },
  'region-made-optional': { bump: 'minor', why: 'relaxes the input' },
  'pagination-added': { bump: 'minor', why: 'a new paginator' },
  'pagination-removed': { bump: 'major', why: 'the paginator disappears' },
  'pagination-changed': { bump: 'major', why: 'the paginator reads other fields or another style' },
  'mutually-exclusive-added': { bump: 'major', why: 'calls combining the fields are rejected' },
  'mutually-exclusive-removed': { bump: 'minor', why: 'relaxes the input' },
  'constraint-errors-changed': { bump: 'minor', why: 'the error code reported for a broken constraint changed' },
  'operation-metadata-changed': { bump: 'minor', why: 'another operation extension changed; reported for review' },
  'service-metadata-changed': { bump: 'minor', why: 'service-level facts (servers, protocol details, common definitions) changed; reported for review' },
  'api-version-changed': { bump: 'major', why: 'every call goes to another API version' },

  'examples-changed': { bump: 'patch', why: 'documentation and test data only' },
  'description-changed': { bump: 'patch', why: 'documentation only' },
  'provenance-changed': { bump: 'patch', why: 'documentation only (vendor page, edition, date)' },
  'discrepancies-changed': { bump: 'patch', why: 'documentation only (recorded doc inconsistencies)' },
  'drift-acknowledgement-changed': { bump: 'patch', why: "maintainers' bookkeeping for spec:drift (x-cloudexec-drift); stripped from generated code" },
} as const satisfies Record<string, ChangeRule>;

export type ChangeKind = keyof typeof CHANGE_RULES;

export function bumpOf(kind: ChangeKind): Bump {
  return CHANGE_RULES[kind].bump;
}

const BUMP_RANK: Record<Bump, number> = { patch: 0, minor: 1, major: 2 };

/** A package's bump is the highest bump among its changes. */
export function maxBump(bumps: Iterable<Bump>): Bump | undefined {
  let best: Bump | undefined;
  for (const bump of bumps) if (best === undefined || BUMP_RANK[bump] > BUMP_RANK[best]) best = bump;
  return best;
}

export function compareBumps(a: Bump, b: Bump): number {
  return BUMP_RANK[b] - BUMP_RANK[a];
}

/** The README table, rendered from CHANGE_RULES. */
export function renderRulesTable(): string {
  const rows = Object.entries(CHANGE_RULES).map(([kind, rule]) => `| \`${kind}\` | ${rule.bump} | ${rule.why} |`);
  return ['| change | bump | why |', '|---|---|---|', ...rows].join('\n');
}
