import { useFaultContext } from './context.ts';
import { clockSkewCases } from './cases-clock-skew.ts';
import { credentialCases } from './cases-credentials.ts';
import { pollingCases } from './cases-polling.ts';
import { secretCases } from './cases-secrets.ts';
import { transportCases } from './cases-transport.ts';

/** Every client fault case, in table order. */
export function cases(): void {
  useFaultContext();
  transportCases();
  credentialCases();
  secretCases();
  pollingCases();
  clockSkewCases();
}
