// "Are the types wrong?" on the tarball, with the esm-only profile: the packages ship ESM only, so the
// node10 and node16-from-CommonJS resolutions are out of scope; node16 ESM and bundler must resolve
// every entry point to correct types.
import { checkPackage, createPackageFromTarballData } from '@arethetypeswrong/core';
import { problemAffectsResolutionKind, problemKindInfo } from '@arethetypeswrong/core/problems';
import type { Problem, ResolutionKind } from '@arethetypeswrong/core/types';
import type { Finding } from './finding.ts';

export const ESM_ONLY_RESOLUTIONS: readonly ResolutionKind[] = ['node16-esm', 'bundler'];

function describeProblem(problem: Problem): string {
  const info = problemKindInfo[problem.kind];
  const where =
    'entrypoint' in problem
      ? `${problem.entrypoint} (${problem.resolutionKind})`
      : 'typesFileName' in problem
        ? problem.typesFileName
        : 'fileName' in problem
          ? problem.fileName
          : '';
  return `${where ? `${where}: ` : ''}${info.description}`;
}

export async function typesTarball(packageName: string, tarball: Uint8Array): Promise<Finding[]> {
  const analysis = await checkPackage(createPackageFromTarballData(tarball));
  if (!('problems' in analysis)) {
    return [{ package: packageName, severity: 'error', rule: 'attw/NoTypes', message: 'the package ships no types' }];
  }
  return analysis.problems
    .filter((problem) => ESM_ONLY_RESOLUTIONS.some((kind) => problemAffectsResolutionKind(problem, kind, analysis)))
    .map((problem) => ({ package: packageName, severity: 'error', rule: `attw/${problem.kind}`, message: describeProblem(problem) }));
}
