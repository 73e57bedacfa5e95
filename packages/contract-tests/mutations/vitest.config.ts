// The mutation runs (test/mutations.test.ts starts them): the suite against deliberately broken clients.
import { defineConfig } from 'vitest/config';
import { sourceConditions } from '../../../vitest.shared.ts';

export default defineConfig({ ...sourceConditions, test: { name: 'contract-mutants', include: ['*.mutant.ts'] } });
