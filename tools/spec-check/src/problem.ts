// A problem names the file, the JSON pointer inside it and what is wrong; line/col are filled in from the YAML source.

export type ProblemKind = 'yaml' | 'openapi' | 'schema' | 'example' | 'inference' | 'extension' | 'completeness';

export interface Problem {
  kind: ProblemKind;
  /** Path relative to the root directory (the repository for the real specs), with forward slashes. */
  file: string;
  /** JSON pointer into the parsed document ('' is the document root). */
  pointer: string;
  message: string;
  line?: number;
  col?: number;
}

export function formatProblem(problem: Problem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}:${problem.col ?? 1}`;
  const pointer = problem.pointer === '' ? '(document root)' : problem.pointer;
  return `${where} ${pointer} [${problem.kind}] ${problem.message}`;
}

export function formatProblems(problems: readonly Problem[]): string {
  const lines = sortProblems(problems).map(formatProblem);
  const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
  return problems.length === 0 ? 'no problems' : `${lines.join('\n')}\n${count}`;
}

export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.col ?? 0) - (b.col ?? 0) ||
      a.pointer.localeCompare(b.pointer) ||
      a.message.localeCompare(b.message),
  );
}

/** Drops exact repeats (the same finding reached through two examples or two schema branches). */
export function uniqueProblems(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.kind}\u0000${p.file}\u0000${p.pointer}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
