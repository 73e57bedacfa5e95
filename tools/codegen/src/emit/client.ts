// client.gen.ts: `class <Name>Client extends ApiClient` with the protocol and service descriptor bound
// (`new TatClient({ region, credentials })`) and one method per operation delegating to operations.gen.ts.
// The documented QPS travels in each operation's descriptor, which the client's rate limiter reads.
import type { ServiceModel } from '@cloudexec/runtime/model';
import { CodegenError } from '../load/codegen-error.ts';
import { generatedPath, importLine, jsDoc, tsFile, type EmitContext, type GeneratedFile } from './helpers.ts';
import { operationDoc, operationNames, serviceConstName, sortedOperations } from './operations.ts';

const PROTOCOL_EXPORT: Record<ServiceModel['protocol'], string> = {
  'tencent-tc3': 'tencentProtocol',
  'aliyun-rpc': 'aliyunProtocol',
};

/** ApiClient members a generated method must not shadow. */
const API_CLIENT_MEMBERS = new Set(['constructor', 'send', 'protocol', 'service', 'region', 'endpoint']);

export function emitClient(model: ServiceModel, ctx: EmitContext): GeneratedFile[] {
  const className = `${model.clientName}Client`;
  const optionsName = `${className}Options`;
  const protocol = PROTOCOL_EXPORT[model.protocol];
  const operations = sortedOperations(model).map((op) => ({ op, names: operationNames(op, model) }));
  const clash = operations.find(({ names }) => API_CLIENT_MEMBERS.has(names.fn));
  if (clash) throw new CodegenError(`${model.specFile}: ${clash.op.action} would shadow ApiClient.${clash.names.fn}`);
  const methods = operations.map(({ op, names }) =>
    [
      operationDoc(op, names, model, ctx, '  '),
      `  ${names.fn}(input: ${names.input}, options?: CallOptions): Promise<${names.response}> {`,
      `    return ${names.fn}(this, input, options);`,
      '  }',
    ].join('\n'),
  );
  const inputTypes = operations.filter(({ names }) => names.input !== names.request).map(({ names }) => `type ${names.input}`);
  const body = [
    importLine(['ApiClient', protocol, 'type ApiClientOptions', 'type CallOptions'], ctx.runtimeImport),
    importLine([serviceConstName(model), ...inputTypes, ...operations.map(({ names }) => names.fn)], './operations.gen.ts'),
    importLine(
      operations.flatMap(({ names }) => [...(names.input === names.request ? [names.request] : []), names.response]),
      './types.gen.ts',
      { typeOnly: true },
    ),
    '',
    jsDoc([`Options of {@link ${className}}: everything ApiClient takes except the protocol and service, which are bound.`]),
    `export type ${optionsName} = Omit<ApiClientOptions, 'protocol' | 'service'>;`,
    '',
    jsDoc([
      `${model.clientName} client (${model.service.provider} ${model.service.service} ${model.service.version}): one method per operation.`,
      `For the smallest bundles call the functions of operations.gen.ts on a plain ApiClient instead.`,
    ]),
    `export class ${className} extends ApiClient {`,
    `  constructor(options: ${optionsName} = {}) {`,
    `    super({ ...options, protocol: ${protocol}, service: ${serviceConstName(model)} });`,
    '  }',
    ...methods.flatMap((method) => ['', method]),
    '}',
  ];
  return [{ path: generatedPath('client'), contents: tsFile(model.specFile, body) }];
}
