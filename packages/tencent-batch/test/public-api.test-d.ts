// The package's public names: types named after the operation and the structures of the vendor docs, filter
// names typed as the documented list (both spellings the service accepts), and none of openapi-typescript's
// containers.
import type * as Batch from '@cloudexec/tencent-batch';
import type {
  DescribeTaskFilter,
  DescribeTaskFilterName,
  DescribeTaskRequest,
  DescribeTaskResponse,
  Filter,
  RedirectInfo,
  TaskInstanceMetrics,
  TaskInstanceView,
} from '@cloudexec/tencent-batch';
import { describe, expectTypeOf, it } from 'vitest';

describe('public names of @cloudexec/tencent-batch', () => {
  it('exports no openapi-typescript containers', () => {
    // @ts-expect-error paths is not part of the public API
    type Paths = Batch.paths;
    // @ts-expect-error components is not part of the public API
    type Components = Batch.components;
    // @ts-expect-error operations is not part of the public API
    type Operations = Batch.operations;
    // @ts-expect-error webhooks is not part of the public API
    type Webhooks = Batch.webhooks;
    // @ts-expect-error $defs is not part of the public API
    type Defs = Batch.$defs;
    expectTypeOf<[Paths, Components, Operations, Webhooks, Defs]>().toBeArray();
  });

  it('names the structures the response is made of', () => {
    expectTypeOf<DescribeTaskResponse['TaskInstanceSet']>().toEqualTypeOf<TaskInstanceView[]>();
    expectTypeOf<DescribeTaskResponse['TaskInstanceMetrics']>().toEqualTypeOf<TaskInstanceMetrics>();
    expectTypeOf<NonNullable<TaskInstanceView['RedirectInfo']>>().toEqualTypeOf<RedirectInfo>();
  });

  it('types the filter names as the documented list, the table’s name and the example’s alias both', () => {
    expectTypeOf<DescribeTaskFilterName>().toEqualTypeOf<'task-instance-type' | 'task-instance-state'>();
    expectTypeOf<NonNullable<DescribeTaskRequest['Filters']>>().toEqualTypeOf<DescribeTaskFilter[]>();
    expectTypeOf<DescribeTaskFilter>().toExtend<Filter>();
    expectTypeOf<Filter['Name']>().toEqualTypeOf<string>();
  });

  it('rejects an undocumented filter name', () => {
    const byTable: DescribeTaskRequest = { JobId: 'job-1', TaskName: 'A', Filters: [{ Name: 'task-instance-type', Values: ['FAILED'] }] };
    const byAlias: DescribeTaskRequest = { JobId: 'job-1', TaskName: 'A', Filters: [{ Name: 'task-instance-state', Values: ['FAILED'] }] };
    // @ts-expect-error task-state is not a documented filter name
    const unknown: DescribeTaskRequest = { JobId: 'job-1', TaskName: 'A', Filters: [{ Name: 'task-state', Values: ['FAILED'] }] };
    expectTypeOf([byTable, byAlias, unknown]).toEqualTypeOf<DescribeTaskRequest[]>();
  });
});
