// Every emitter, in the order their files are listed. Adding an output kind = one file + one line here.
import type { Emitter } from './helpers.ts';
import { emitClient } from './client.ts';
import { emitErrors } from './errors.ts';
import { emitIndexFile } from './index-file.ts';
import { emitModelData } from './model-data.ts';
import { emitMsw } from './msw.ts';
import { emitOperations } from './operations.ts';
import { emitPaginators } from './paginators.ts';
import { emitTypes } from './types.ts';
import { emitValidators } from './validators.ts';
import { emitWaiters } from './waiters.ts';

export const emitters: ReadonlyArray<{ name: string; emit: Emitter }> = [
  { name: 'types', emit: emitTypes },
  { name: 'operations', emit: emitOperations },
  { name: 'validators', emit: emitValidators },
  { name: 'errors', emit: emitErrors },
  { name: 'paginators', emit: emitPaginators },
  { name: 'waiters', emit: emitWaiters },
  { name: 'client', emit: emitClient },
  { name: 'msw', emit: emitMsw },
  { name: 'model-data', emit: emitModelData },
  { name: 'index-file', emit: emitIndexFile },
];
