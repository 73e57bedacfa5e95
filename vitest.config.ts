import { defineConfig } from 'vitest/config';

// One run over every workspace package; each package's vitest.config.ts names its project.
export default defineConfig({
  test: {
    projects: ['packages/*', 'tools/*', 'examples'],
    // Vitest's default is one worker fewer than the cores: a single worker on a 2-core CI machine, idle while a
    // test waits on a child process (npm, tsc, node 20), a socket or a timer. Three keep both cores busy.
    maxWorkers: 3,
  },
});
