// The package's public names: types named after the operations and the structures of the vendor docs, filter
// names typed as the documented lists, and none of openapi-typescript's containers.
import type * as Tat from '@cloudexec/tencent-tat';
import type {
  CommandDocument,
  DescribeInvocationTasksFilterName,
  DescribeInvocationTasksRequest,
  DescribeInvocationTasksResponse,
  DescribeInvocationsFilter,
  DescribeInvocationsFilterName,
  DescribeInvocationsRequest,
  DescribeInvocationsResponse,
  Filter,
  Invocation,
  InvocationTask,
  InvocationTaskBasicInfo,
  TaskResult,
} from '@cloudexec/tencent-tat';
import { describe, expectTypeOf, it } from 'vitest';

describe('public names of @cloudexec/tencent-tat', () => {
  it('exports no openapi-typescript containers', () => {
    // @ts-expect-error paths is not part of the public API
    type Paths = Tat.paths;
    // @ts-expect-error components is not part of the public API
    type Components = Tat.components;
    // @ts-expect-error operations is not part of the public API
    type Operations = Tat.operations;
    // @ts-expect-error webhooks is not part of the public API
    type Webhooks = Tat.webhooks;
    // @ts-expect-error $defs is not part of the public API
    type Defs = Tat.$defs;
    expectTypeOf<[Paths, Components, Operations, Webhooks, Defs]>().toBeArray();
  });

  it('names the structures the responses are made of', () => {
    expectTypeOf<DescribeInvocationsResponse['InvocationSet']>().toEqualTypeOf<Invocation[]>();
    expectTypeOf<Invocation['InvocationTaskBasicInfoSet']>().toEqualTypeOf<InvocationTaskBasicInfo[] | undefined>();
    expectTypeOf<DescribeInvocationTasksResponse['InvocationTaskSet']>().toEqualTypeOf<InvocationTask[]>();
    expectTypeOf<InvocationTask['TaskResult']>().toEqualTypeOf<TaskResult | undefined>();
    expectTypeOf<InvocationTask['CommandDocument']>().toEqualTypeOf<CommandDocument | undefined>();
  });

  it('types each operation’s filter names as its documented list', () => {
    expectTypeOf<DescribeInvocationsFilterName>().toEqualTypeOf<'invocation-id' | 'command-id' | 'command-created-by' | 'instance-kind' | 'instance-id'>();
    expectTypeOf<DescribeInvocationTasksFilterName>().toEqualTypeOf<'invocation-id' | 'invocation-task-id' | 'instance-id' | 'command-id'>();
    expectTypeOf<NonNullable<DescribeInvocationsRequest['Filters']>>().toEqualTypeOf<DescribeInvocationsFilter[]>();
    expectTypeOf<NonNullable<DescribeInvocationTasksRequest['Filters']>[number]['Name']>().toEqualTypeOf<DescribeInvocationTasksFilterName>();
    expectTypeOf<DescribeInvocationsFilter>().toExtend<Filter>();
    // The shared structure keeps the documented `String`.
    expectTypeOf<Filter['Name']>().toEqualTypeOf<string>();
  });

  it('rejects an undocumented filter name', () => {
    // command-created-by is documented although a mock cannot narrow on it (invocations carry no creator).
    const documented: DescribeInvocationsRequest = { Filters: [{ Name: 'command-created-by', Values: ['USER'] }] };
    // @ts-expect-error invocation-task-id is a DescribeInvocationTasks filter, not a DescribeInvocations one
    const otherOperation: DescribeInvocationsRequest = { Filters: [{ Name: 'invocation-task-id', Values: ['invt-1'] }] };
    // @ts-expect-error task-status is not a documented filter name
    const unknown: DescribeInvocationTasksRequest = { Filters: [{ Name: 'task-status', Values: ['SUCCESS'] }] };
    expectTypeOf([documented, otherOperation]).toEqualTypeOf<DescribeInvocationsRequest[]>();
    expectTypeOf(unknown).toEqualTypeOf<DescribeInvocationTasksRequest>();
  });
});
