// The package's public names: types named after the operation and the structures of the vendor docs, and none of
// openapi-typescript's containers.
import type * as Swas from '@cloudexec/aliyun-swas';
import type { DescribeInvocationsResponse, Invocation } from '@cloudexec/aliyun-swas';
import { describe, expectTypeOf, it } from 'vitest';

describe('public names of @cloudexec/aliyun-swas', () => {
  it('exports no openapi-typescript containers', () => {
    // @ts-expect-error paths is not part of the public API
    type Paths = Swas.paths;
    // @ts-expect-error components is not part of the public API
    type Components = Swas.components;
    // @ts-expect-error operations is not part of the public API
    type Operations = Swas.operations;
    // @ts-expect-error webhooks is not part of the public API
    type Webhooks = Swas.webhooks;
    // @ts-expect-error $defs is not part of the public API
    type Defs = Swas.$defs;
    expectTypeOf<[Paths, Components, Operations, Webhooks, Defs]>().toBeArray();
  });

  it('names the structure the response lists', () => {
    expectTypeOf<DescribeInvocationsResponse['Invocations']>().toEqualTypeOf<Invocation[]>();
  });
});
