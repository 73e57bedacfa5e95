// Workspace packages export their TypeScript sources under the "source" condition, so tests and
// typechecks run against src/ without a build; published packages resolve to dist/.
// Vitest hands these conditions to Node, which applies them to require() too: `module`/`import` made
// the official Tencent SDK's json-bigint load the ES build of bignumber.js and fail.
const conditions = ['source', 'node', 'default'];
export const sourceConditions = {
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: ['source'] } },
};
