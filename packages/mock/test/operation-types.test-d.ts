// Compile-time contract of the typed mock API: with the operation map a generated `/msw` entry passes
// (`<Service>MockOperations`), overrides and datasets take only the service's action names, datasets only
// paginated ones, and responses and items keep the generated field names and types.
import { describe, expectTypeOf, it } from 'vitest';
import { createMockService, type MockOptions, type MockService, type PagedAction } from '../src/index.ts';
import { tencentModel } from './fixtures.ts';

interface Invocation {
  InvocationId: string;
  InvocationStatus: 'PENDING' | 'RUNNING' | 'SUCCESS';
  Tags?: Array<{ Key: string; Value: string }>;
}

/** The shape msw.gen.ts emits: one member per operation, `item` on the paginated ones. */
type FixtureOperations = {
  DescribeInvocations: { response: { TotalCount: number; InvocationSet?: Invocation[]; RequestId: string }; item: Invocation };
  RunCommand: { response: { CommandId: string; InvocationId: string; RequestId: string } };
};

const mock = createMockService<FixtureOperations>(tencentModel);

describe('override', () => {
  it('takes only the service’s action names', () => {
    mock.override('DescribeInvocations', { errorCode: 'InternalError' });
    mock.override('RunCommand', { networkError: true, times: 1 });
    // @ts-expect-error not an operation of this service
    mock.override('DescribeInvocation', { errorCode: 'InternalError' });
  });

  it('types the response of that operation, every member optional', () => {
    mock.override('DescribeInvocations', { response: { TotalCount: 1, InvocationSet: [{ InvocationStatus: 'RUNNING' }] } });
    // @ts-expect-error TotalCount is a number
    mock.override('DescribeInvocations', { response: { TotalCount: '1' } });
    // @ts-expect-error a status the response type does not list
    mock.override('DescribeInvocations', { response: { InvocationSet: [{ InvocationStatus: 'DONE' }] } });
    // @ts-expect-error RunCommand's response has no TotalCount
    mock.override('RunCommand', { response: { TotalCount: 1 } });
  });
});

describe('datasets', () => {
  it('take only paginated operations, with their item type', () => {
    expectTypeOf<PagedAction<FixtureOperations>>().toEqualTypeOf<'DescribeInvocations'>();
    mock.setDataset('DescribeInvocations', [{ InvocationId: 'inv-1', InvocationStatus: 'SUCCESS' }]);
    // @ts-expect-error RunCommand does not page, so it takes no dataset
    mock.setDataset('RunCommand', []);
    // @ts-expect-error a misspelt item field
    mock.setDataset('DescribeInvocations', [{ InvocationID: 'inv-1' }]);
  });

  it('the dataset option is keyed the same way', () => {
    expectTypeOf<{ dataset: { DescribeInvocations: Invocation[] } }>().toExtend<MockOptions<FixtureOperations>>();
    // @ts-expect-error RunCommand takes no dataset
    createMockService<FixtureOperations>(tencentModel, { dataset: { RunCommand: [] } });
  });
});

describe('untyped mocks', () => {
  it('accept any name, as a mock built from a model at run time must', () => {
    const loose: MockService = createMockService(tencentModel);
    loose.override('AnyAction', { response: { Anything: true } });
    loose.setDataset('AnyAction', [{ Field: 1 }]);
  });

  it('a typed mock still goes where an untyped one is expected (a server holding several services)', () => {
    const services: MockService[] = [mock, createMockService(tencentModel)];
    expectTypeOf(services).toBeArray();
  });
});
