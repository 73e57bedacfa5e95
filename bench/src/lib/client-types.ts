// The shape of a client under test, shared by the floors (baselines.ts) and the clients (clients.ts), which
// lists both: kept apart so neither module imports the other back.

export type Api = 'tat' | 'ecs' | 'swas';

/** Sends one DescribeInvocations and resolves with the answer's TotalCount. */
export type Call = () => Promise<number | undefined>;

export interface ClientUnderTest {
  api: Api;
  name: string;
  official: boolean;
  create: (port: number) => Call;
}
