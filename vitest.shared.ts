// Workspace packages export their TypeScript sources under the "source" condition, so tests and
// typechecks run against src/ without a build; published packages resolve to dist/.
// Vite adds `import`/`default` itself; listing `import` for SSR made CommonJS dependencies of the
// official SDKs (json-bigint → bignumber.js) load the wrong build.
const conditions = ['source', 'module', 'node', 'development|production'];
export const sourceConditions = {
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: ['source'] } },
};
