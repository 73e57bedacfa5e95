#!/usr/bin/env node
// Replays tccli's history of TAT DescribeInvocations/DescribeInvocationTasks into a regression fixture:
// every dated version of tccli/services/tat/v20201028/api.json reduced to facts, consecutive versions with
// identical facts for those operations dropped. Needs a git directory of TencentCloud/tencentcloud-cli;
// not run in CI (the fixture is committed).
//   node scripts/extract-tccli-history.ts <tccli-git-dir> [out-file]
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseApiJson, tccliFacts } from '../src/extract/tccli.ts';
import { sortedFields, type FieldMap } from '../src/facts.ts';

const FILE = 'tccli/services/tat/v20201028/api.json';
const OPERATIONS = ['DescribeInvocations', 'DescribeInvocationTasks'];

export interface HistoryVersion {
  commit: string;
  date: string;
  operations: Record<string, { request: FieldMap; response: FieldMap }>;
}

function main(): void {
  const [gitDir, out = path.join(path.dirname(fileURLToPath(import.meta.url)), '../test/fixtures/tccli-tat-history.json')] = process.argv.slice(2);
  if (gitDir === undefined) throw new Error('usage: extract-tccli-history.ts <tccli-git-dir> [out-file]');
  const git = (args: string[]) => execFileSync('git', ['-C', gitDir, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const log = git(['log', '--reverse', '--format=%H %cs', 'HEAD', '--', FILE]).trim().split('\n');
  const versions: HistoryVersion[] = [];
  let last = '';
  for (const line of log) {
    const [commit = '', date = ''] = line.split(' ');
    let text: string;
    try {
      text = git(['show', `${commit}:${FILE}`]);
    } catch {
      continue; // the commit deleted the file
    }
    const api = parseApiJson(text);
    const operations: HistoryVersion['operations'] = {};
    for (const op of OPERATIONS) {
      const facts = tccliFacts(api, op);
      if (facts !== undefined) operations[op] = { request: sortedFields(facts.request), response: sortedFields(facts.response) };
    }
    const key = JSON.stringify(operations);
    if (key === last) continue;
    last = key;
    versions.push({ commit: commit.slice(0, 12), date, operations });
  }
  writeFileSync(out, `${JSON.stringify({ source: 'tccli', repository: 'TencentCloud/tencentcloud-cli', file: FILE, versions }, null, 1)}\n`);
  console.log(`${versions.length} distinct versions of ${log.length} commits → ${out}`);
}

main();
