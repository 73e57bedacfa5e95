// Preloaded with `node --import` into a timed child process: prints its own CPU time on exit, so the
// parent can report CPU next to wall time (wall time suffers most on a busy shared machine).
process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  process.stderr.write(`\nBENCH_CPU_MS=${Math.round((user + system) / 1000)}\n`);
});
