// The package's public names: types named after the operation and the structures of the vendor docs, and none of
// openapi-typescript's containers.
import type * as Ecs from '@cloudexec/aliyun-ecs';
import type {
  DescribeInvocationsRequest,
  DescribeInvocationsResponse,
  Invocation,
  InvocationList,
  InvokeInstance,
  InvokeInstanceList,
  RequestTag,
  Tag,
  TagList,
} from '@cloudexec/aliyun-ecs';
import { describe, expectTypeOf, it } from 'vitest';

describe('public names of @cloudexec/aliyun-ecs', () => {
  it('exports no openapi-typescript containers', () => {
    // @ts-expect-error paths is not part of the public API
    type Paths = Ecs.paths;
    // @ts-expect-error components is not part of the public API
    type Components = Ecs.components;
    // @ts-expect-error operations is not part of the public API
    type Operations = Ecs.operations;
    // @ts-expect-error webhooks is not part of the public API
    type Webhooks = Ecs.webhooks;
    // @ts-expect-error $defs is not part of the public API
    type Defs = Ecs.$defs;
    expectTypeOf<[Paths, Components, Operations, Webhooks, Defs]>().toBeArray();
  });

  it('names the structures requests and responses are made of', () => {
    expectTypeOf<DescribeInvocationsRequest['Tag']>().toEqualTypeOf<RequestTag[] | undefined>();
    expectTypeOf<DescribeInvocationsResponse['Invocations']>().toEqualTypeOf<InvocationList | undefined>();
    expectTypeOf<InvocationList['Invocation']>().toEqualTypeOf<Invocation[] | undefined>();
    expectTypeOf<Invocation['InvokeInstances']>().toEqualTypeOf<InvokeInstanceList | undefined>();
    expectTypeOf<InvokeInstanceList['InvokeInstance']>().toEqualTypeOf<InvokeInstance[] | undefined>();
    expectTypeOf<Invocation['Tags']>().toEqualTypeOf<TagList | undefined>();
    expectTypeOf<TagList['Tag']>().toEqualTypeOf<Tag[] | undefined>();
  });
});
