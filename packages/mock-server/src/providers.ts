// The provider services this server stands in for, keyed by an id that also names them in dataset files
// and log lines: `<provider>-<service>`, the package name without its scope. The list is generated from
// specs/ (src/generated/services.gen.ts), so a new spec is served after `pnpm generate` and `pnpm install`.
import { PROVIDER_IDS, serviceModels, type ProviderId } from './generated/services.gen.ts';

export { PROVIDER_IDS, serviceModels, type ProviderId };

export function isProviderId(value: string): value is ProviderId {
  return (PROVIDER_IDS as readonly string[]).includes(value);
}
