// Our signers, which the runtime package does not export: one place to repoint when its file layout
// changes. Everything public (ApiClient, protocols, transports) comes from @cloudexec/runtime.
export { signTc3 } from '../../../packages/runtime/src/signing/tc3.ts';
export { signAcs3 } from '../../../packages/runtime/src/signing/acs3.ts';
export { signRpcV2 } from '../../../packages/runtime/src/signing/rpc-v2.ts';
