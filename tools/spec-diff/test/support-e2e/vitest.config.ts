// The inner run of replay-end-to-end.test.ts: the contract suite over the regenerated packages.
import { defineConfig } from 'vitest/config';
import { sourceConditions } from '../../../../vitest.shared.ts';

export default defineConfig({ ...sourceConditions, test: { name: 'spec-diff-replay-contract', include: ['*.replay-suite.ts'] } });
