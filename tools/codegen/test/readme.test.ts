import { describe, expect, it } from 'vitest';
import type { Constraint, ServiceModel } from '@cloudexec/runtime/model';
import type { EmitContext } from '../src/emit/helpers.ts';
import { README_END, README_START, limitsSummary, mergeReadme, readmeSection } from '../src/emit/readme.ts';
import { loadValidatedSpecs } from '../src/load/load-specs.ts';
import { normalizeService } from '../src/model/normalize.ts';
import { makeTempDirs } from './fixtures/temp-dirs.ts';

const model = { packageName: '@cloudexec/tencent-tat', service: { provider: 'tencent', service: 'tat', version: '2020-10-28' } } as ServiceModel;
const ctx: EmitContext = {
  specFile: 'specs/tencent/tat.yaml',
  packageName: '@cloudexec/tencent-tat',
  packageDir: 'tencent-tat',
  runtimeImport: '@cloudexec/runtime',
};

describe('mergeReadme', () => {
  const cases = [
    {
      name: 'creates the README from the template on first run',
      given: undefined,
      want: (text: string) => {
        expect(text.startsWith('# @cloudexec/tencent-tat\n')).toBe(true);
        expect(text).toContain(`${README_START}\nNEW\n${README_END}\n`);
      },
    },
    {
      name: 'replaces only the marked section',
      given: `# Mine\n\nIntro I wrote.\n\n${README_START}\nOLD\nLINES\n${README_END}\n\n## Hand-written tail\n`,
      want: (text: string) => expect(text).toBe(`# Mine\n\nIntro I wrote.\n\n${README_START}\nNEW\n${README_END}\n\n## Hand-written tail\n`),
    },
    {
      name: 'fills an empty marked section',
      given: `${README_START}${README_END}`,
      want: (text: string) => expect(text).toBe(`${README_START}\nNEW\n${README_END}`),
    },
  ];
  it.each(cases)('$name', ({ given, want }) => {
    want(mergeReadme(given, 'NEW\n', model, ctx));
  });

  it('is idempotent', () => {
    const once = mergeReadme(undefined, 'section', model, ctx);
    expect(mergeReadme(once, 'section', model, ctx)).toBe(once);
  });

  it.each([
    { name: 'no markers', given: '# Mine\n' },
    { name: 'end marker only', given: `# Mine\n${README_END}\n` },
    { name: 'markers in the wrong order', given: `${README_END}\n${README_START}\n` },
  ])('refuses a README with $name', ({ given }) => {
    expect(() => mergeReadme(given, 'NEW', model, ctx)).toThrow(/packages\/tencent-tat\/README\.md lacks/);
  });
});

describe('limitsSummary', () => {
  const error = { code: 'X', httpStatus: 200, basis: 'inferred' } as const;
  it.each<{ name: string; given: Constraint[]; want: string }>([
    {
      name: 'a range from minimum and maximum',
      given: [
        { kind: 'minimum', path: 'MaxResults', limit: 1, ...error },
        { kind: 'maximum', path: 'MaxResults', limit: 50, ...error },
      ],
      want: '`MaxResults` 1–50',
    },
    {
      name: 'list sizes and lengths',
      given: [
        { kind: 'maxItems', path: 'Tag', limit: 20, ...error },
        { kind: 'maxLength', path: 'Tag[].Value', limit: 128, ...error },
      ],
      want: '`Tag` ≤ 20 items; `Tag[].Value` ≤ 128 chars',
    },
    {
      name: 'exclusive parameters and top-level required ones',
      given: [
        { kind: 'required', path: 'JobId', ...error },
        { kind: 'required', path: 'Filters[].Name', ...error },
        { kind: 'mutuallyExclusive', paths: ['Ids', 'Filters'], ...error },
      ],
      want: '`JobId` required; `Ids` or `Filters`, not both',
    },
    {
      name: 'content budgets, as sent or after Base64',
      given: [
        { kind: 'contentEncoding', path: 'Content', encoding: 'base64', ...error },
        { kind: 'maxContentBytes', path: 'Content', limit: { maxBytes: 65536, measure: 'sent', encoding: 'base64' }, ...error },
        { kind: 'maxContentBytes', path: 'CommandContent', limit: { maxBytes: 24576, measure: 'base64', encoding: 'plain' }, ...error },
      ],
      want: '`Content` ≤ 65536 bytes; `CommandContent` ≤ 24576 bytes after Base64',
    },
    { name: 'nothing for types and enums', given: [{ kind: 'type', path: 'A', type: 'string', ...error }], want: '' },
  ])('$name', ({ given, want }) => {
    expect(limitsSummary(given)).toBe(want);
  });
});

describe('readmeSection of the fixture TAT spec', async () => {
  const dirs = await makeTempDirs();
  const services = await loadValidatedSpecs(dirs.specsDir);
  await dirs.cleanup();
  const tat = services.find((service) => service.specFile === 'specs/tencent/tat.yaml');
  if (!tat) throw new Error('fixture missing');
  const section = readmeSection(normalizeService(tat), { ...ctx, spec: tat.doc });

  it('has install, usage, an operations table, an example per operation and MSW usage', () => {
    expect(section).toContain('npm install @cloudexec/tencent-tat');
    expect(section).toContain("const client = new TatClient({ region: 'ap-guangzhou' });");
    expect(section).toContain('| [`describeInvocationTasks`](#describeinvocationtasks) | 20/s | offset/limit (`Offset`, `Limit`: default 20, max 100) |');
    expect(section).toContain('`InvalidParameter.ConflictParameter`');
    expect(section).toContain('### DescribeInvocationTasks\n\nList invocation tasks.');
    expect(section).toContain("import { handlers, tatMock } from '@cloudexec/tencent-tat/msw';");
    expect(section).toContain("tatMock.override('DescribeInvocationTasks', { errorCode: 'InvalidParameter.ConflictParameter', times: 1 });");
  });

  it('types the examples with the operation-named request and response types and lists the names to import', () => {
    expect(section).toContain(
      "import { paginateDescribeInvocationTasks, type DescribeInvocationTasksRequest, type DescribeInvocationTasksResponse } from '@cloudexec/tencent-tat';",
    );
    expect(section).toContain('const input: DescribeInvocationTasksRequest = {');
    expect(section).toContain('const result: DescribeInvocationTasksResponse = await client.describeInvocationTasks(input);');
    expect(section).toContain(
      'Types: `DescribeInvocationTasksRequest`, `DescribeInvocationTasksResponse`, error codes `DescribeInvocationTasksErrorCode` (guard `isDescribeInvocationTasksError`), filters `DescribeInvocationTasksFilter` whose `Name` is a `DescribeInvocationTasksFilterName`.',
    );
    expect(section).toContain("import { TatClient, type DescribeInvocationTasksRequest } from '@cloudexec/tencent-tat';");
    expect(section).not.toMatch(/components|paths\[/);
  });
});
