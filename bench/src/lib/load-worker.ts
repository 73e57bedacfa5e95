// One client under test in its own process (fresh heap, no other client's garbage to collect), driven
// by requests.ts over IPC: `node load-worker.ts <client index> <stub port>`.
import { allClients } from './clients.ts';
import { runLoad } from './load.ts';

type Command = { type: 'check' } | { type: 'run'; requests: number; concurrency: number };

const [index, port] = process.argv.slice(2).map(Number);
const spec = allClients()[index!];
if (spec === undefined) throw new Error(`no client #${index}`);
const call = spec.create(port!);

process.on('message', (command: Command) => {
  const work = command.type === 'check' ? call().then((total) => ({ total })) : runLoad(call, command.requests, command.concurrency);
  work.then(
    (result) => process.send!(result),
    (error: unknown) => process.send!({ error: String(error) }),
  );
});
process.on('disconnect', () => process.exit(0));
process.send!({ ready: true });
