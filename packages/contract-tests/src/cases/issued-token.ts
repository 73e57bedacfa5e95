// Pagination tokens are opaque: only a token the handlers issued is "at the limit". This obtains one by
// paging a small dataset (cloned from the example item) once.
import type { ApiClient } from '@cloudexec/runtime';
import type { MockService } from '@cloudexec/mock';
import type { OperationModel } from '@cloudexec/runtime/model';
import type { CaseKit } from './case-kit.ts';
import { isRecord, valuesAt } from './constraint-oracle.ts';
import { distinctItems } from './pagination.ts';

/** The token parameter of a next-token style, if `path` is one. */
export function tokenStyle(op: OperationModel, path: string) {
  const style = op.pagination.find((p) => p.style === 'next-token' && p.token === path);
  return style?.style === 'next-token' ? style : undefined;
}

/** A token the handlers issued for `input` (whose own token is ignored); throws when the handlers issue none. */
export async function issuedToken(
  kit: CaseKit,
  op: OperationModel,
  mock: MockService,
  client: ApiClient,
  input: Record<string, unknown>,
  path: string,
): Promise<string> {
  const style = tokenStyle(op, path);
  if (!style) throw new Error(`${path} is no next-token parameter of ${op.action}`);
  const template = valuesAt(op.examples[0]?.response.data ?? {}, `${style.items}[]`)[0];
  if (!isRecord(template)) throw new Error(`the first example shows no item at ${style.items}`);
  const { [path]: _foreign, ...rest } = input;
  mock.setDataset(op.action, distinctItems(template, 3, new Set(Object.keys(input))));
  const first = await kit.target.call(op, client, { ...rest, [style.maxResults]: 2 });
  const token = first[style.nextToken];
  if (typeof token !== 'string' || token === '') throw new Error(`the handlers issued no ${style.nextToken}`);
  return token;
}
