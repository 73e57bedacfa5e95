// waiters.gen.ts: `waitUntil<Name>(client, input, options?)` per documented waiter, built on the runtime's
// waitForStatus. Each poll goes through the generated operation function, so validation, rate limiting and
// retries apply as for any call; the result is the runtime's WaitResult (state and last response).
import type { OperationModel, ServiceModel, WaiterModel } from '@cloudexec/runtime/model';
import { generatedPath, importLine, isIdentifier, jsDoc, quote, tsFile, type EmitContext, type GeneratedFile } from './helpers.ts';
import { operationNames, sortedOperations, type OperationNames } from './operations.ts';
import { itemsAccess } from './paginators.ts';

/** `waitUntilInvocationFinished`. */
export function waiterName(waiter: WaiterModel): string {
  return `waitUntil${waiter.name}`;
}

/** `WaitUntilInvocationFinishedInput`: the operation input with the waited-on parameter required. */
export function waiterInputName(waiter: WaiterModel): string {
  return `WaitUntil${waiter.name}Input`;
}

export function emitWaiters(model: ServiceModel, ctx: EmitContext): GeneratedFile[] {
  const waiting = sortedOperations(model).flatMap((op) => (op.waiters ?? []).map((waiter) => ({ op, waiter, names: operationNames(op, model) })));
  if (waiting.length === 0) {
    return [{ path: generatedPath('waiters'), contents: tsFile(model.specFile, [`// ${model.clientName} has no waiters.`, 'export {};']) }];
  }
  const inputImports = waiting.filter(({ names }) => names.input !== names.request).map(({ names }) => `type ${names.input}`);
  const body = [
    importLine(['waitForStatus', 'type ApiClient', 'type WaiterOptions', 'type WaitResult'], ctx.runtimeImport),
    importLine([...inputImports, ...waiting.map(({ names }) => names.fn)], './operations.gen.ts'),
    importLine(
      waiting.flatMap(({ names }) => (names.input === names.request ? [names.request, names.response] : [names.response])),
      './types.gen.ts',
      { typeOnly: true },
    ),
    ...waiting.flatMap(({ op, waiter, names }) => ['', inputType(op, waiter, names), '', waiterFunction(op, waiter, names)]),
  ];
  return [{ path: generatedPath('waiters'), contents: tsFile(model.specFile, body) }];
}

function inputType(op: OperationModel, waiter: WaiterModel, names: OperationNames): string {
  const doc = jsDoc([`${names.input} that names the \`${waiter.input}\` waited on.`]);
  const required = op.requestSchema['required'];
  const alreadyRequired = Array.isArray(required) && required.includes(waiter.input);
  // Only a top-level parameter can be made required by intersection; a nested one keeps the plain input.
  if (alreadyRequired || !isIdentifier(waiter.input)) return `${doc}\nexport type ${waiterInputName(waiter)} = ${names.input};`;
  return `${doc}\nexport type ${waiterInputName(waiter)} = ${names.input} & { ${waiter.input}: NonNullable<${names.input}[${quote(waiter.input)}]> };`;
}

function waiterFunction(op: OperationModel, waiter: WaiterModel, names: OperationNames): string {
  const single = waiter.items === undefined;
  const statuses = single
    ? `[${itemsAccess('page', waiter.status)}]`
    : `(${itemsAccess('page', waiter.items ?? '')} ?? []).map((item) => ${itemsAccess('item', waiter.status)})`;
  const until = single
    ? `\`${waiter.status}\` is ${valueList(waiter.success)} (success) or ${valueList(waiter.failure)} (failure)`
    : `every \`${waiter.items}[].${waiter.status}\` is ${valueList(waiter.success)} (success) or one is ${valueList(waiter.failure)} (failure)`;
  return [
    jsDoc([
      waiter.description,
      `Polls ${op.action} through \`${names.fn}\` (validation, rate limit and retries apply) until ${until}, or \`timeoutMs\` passes (default 300 000 ms; state timeout).`,
      `Other values${single ? '' : ', and an empty list,'} keep it polling. Resolves with the state and the last response; call errors reject.`,
    ]),
    `export function ${waiterName(waiter)}(`,
    '  client: ApiClient,',
    `  input: ${waiterInputName(waiter)},`,
    '  options: WaiterOptions = {},',
    `): Promise<WaitResult<${names.response}>> {`,
    `  return waitForStatus<${names.response}>({`,
    '    ...options,',
    `    poll: (signal) => ${names.fn}(client, input, { signal }),`,
    `    statusesOf: (page) => ${statuses},`,
    `    success: [${waiter.success.map(quote).join(', ')}],`,
    `    failure: [${waiter.failure.map(quote).join(', ')}],`,
    '  });',
    '}',
  ].join('\n');
}

function valueList(values: readonly string[]): string {
  return values.length === 0 ? 'never reached' : values.map((value) => `\`${value}\``).join(', ');
}
