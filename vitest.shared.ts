// Workspace packages export their TypeScript sources under the "source" condition, so tests and
// typechecks run against src/ without a build; published packages resolve to dist/.
const conditions = ['source', 'module', 'node', 'import', 'default'];
export const sourceConditions = {
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: ['source'] } },
};
