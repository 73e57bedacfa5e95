// Which vendor operations are snapshotted, and from which sources. Covers every operation in specs/ and
// the command operations issue 14 adds (/work/shared/vendor-docs/run/README.md).

export interface ServiceCatalog {
  provider: 'tencent' | 'aliyun';
  service: string;
  /** npm package whose models are read. */
  sdkPackage: string;
  /** Tencent: the product directory inside the SDK and tccli (`tat/v20201028`). */
  tencentPath?: string;
  operations: string[];
}

export const CATALOG: ServiceCatalog[] = [
  {
    provider: 'tencent',
    service: 'tat',
    sdkPackage: 'tencentcloud-sdk-nodejs',
    tencentPath: 'tat/v20201028',
    operations: [
      'DescribeInvocations',
      'DescribeInvocationTasks',
      'RunCommand',
      'CreateCommand',
      'InvokeCommand',
      'DescribeCommands',
      'DeleteCommand',
      'CancelInvocation',
      'DescribeAutomationAgentStatus',
    ],
  },
  {
    provider: 'tencent',
    service: 'batch',
    sdkPackage: 'tencentcloud-sdk-nodejs',
    tencentPath: 'batch/v20170312',
    operations: ['DescribeTask', 'SubmitJob', 'DescribeJob', 'TerminateJob'],
  },
  {
    provider: 'aliyun',
    service: 'ecs',
    sdkPackage: '@alicloud/ecs20140526',
    operations: [
      'DescribeInvocations',
      'RunCommand',
      'CreateCommand',
      'InvokeCommand',
      'DescribeCommands',
      'DeleteCommand',
      'StopInvocation',
      'DescribeInvocationResults',
      'DescribeCloudAssistantStatus',
    ],
  },
  {
    provider: 'aliyun',
    service: 'swas',
    sdkPackage: '@alicloud/swas-open20200601',
    operations: [
      'DescribeInvocations',
      'RunCommand',
      'CreateCommand',
      'InvokeCommand',
      'DescribeCommands',
      'DescribeCloudAssistantStatus',
      'DescribeInvocationResult',
      'DeleteCommand',
    ],
  },
];

export const TCCLI_REPO = 'TencentCloud/tencentcloud-cli';
