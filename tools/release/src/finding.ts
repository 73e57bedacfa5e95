// One lint finding: which package, which rule, what is wrong. Errors fail packages:lint; warnings and
// suggestions are printed.
export type Severity = 'error' | 'warning' | 'suggestion';

export interface Finding {
  package: string;
  severity: Severity;
  /** `manifest/<rule>`, `publint/<CODE>` or `attw/<ProblemKind>`. */
  rule: string;
  message: string;
}

export function formatFindings(findings: readonly Finding[]): string {
  const order: Record<Severity, number> = { error: 0, warning: 1, suggestion: 2 };
  return [...findings]
    .sort((a, b) => a.package.localeCompare(b.package) || order[a.severity] - order[b.severity] || a.rule.localeCompare(b.rule))
    .map((finding) => `${finding.package}  ${finding.severity}  ${finding.rule}  ${finding.message}`)
    .join('\n');
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, suggestion: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}
