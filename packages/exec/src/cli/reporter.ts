// How a followed run is shown: a progress line redrawn in place on a terminal, one line per change otherwise,
// one JSON object per event with --json, nothing with --quiet. The final table goes to stdout; progress goes to
// stderr on a terminal so `cloudexec run … > result.txt` keeps only the table.
import type { ExecutionHandle, ExecutionState } from '../model.ts';
import { countsLine, stateTable } from './table.ts';

export interface Output {
  write(text: string): void;
}

export interface Reporter {
  started(handle: ExecutionHandle): void;
  progress(state: ExecutionState): void;
  finished(state: ExecutionState & { finished: boolean }): void;
  /** Stops timers; the progress line is cleared. */
  close(): void;
}

const elapsed = (since: number) => `${((Date.now() - since) / 1000).toFixed(0)}s`;

export function createReporter(mode: 'tty' | 'plain' | 'json' | 'quiet', stdout: Output, stderr: Output): Reporter {
  if (mode === 'json') return jsonReporter(stdout);
  if (mode === 'quiet') return { started() {}, progress() {}, finished() {}, close() {} };
  return mode === 'tty' ? ttyReporter(stdout, stderr) : plainReporter(stdout);
}

function summary(state: ExecutionState, since: number): string {
  const total = state.targets.length;
  return `${state.status} · ${total} target${total === 1 ? '' : 's'} · ${countsLine(state)} · ${elapsed(since)}`;
}

function ttyReporter(stdout: Output, stderr: Output): Reporter {
  const since = Date.now();
  const frames = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
  let frame = 0;
  let last: ExecutionState | undefined;
  let id = '';
  // \r + erase-line redraws in place; the ticker keeps the elapsed time moving between polls.
  const draw = () => {
    frame = (frame + 1) % frames.length;
    const body = last ? summary(last, since) : `starting · ${elapsed(since)}`;
    stderr.write(`\r\x1b[2K${frames[frame]} ${id} ${body}`);
  };
  const ticker = setInterval(draw, 250);
  ticker.unref?.();
  const clear = () => stderr.write('\r\x1b[2K');
  return {
    started(handle) {
      id = handle.id;
      draw();
    },
    progress(state) {
      last = state;
      draw();
    },
    finished(state) {
      clearInterval(ticker);
      clear();
      stdout.write(`${state.handle.id}: ${summary(state, since)}${state.finished ? '' : ' (stopped waiting)'}\n${stateTable(state)}\n`);
    },
    close() {
      clearInterval(ticker);
      clear();
    },
  };
}

function plainReporter(stdout: Output): Reporter {
  const since = Date.now();
  const seen = new Map<string, string>();
  return {
    started(handle) {
      const count = handle.parts.reduce((n, part) => n + part.targets.length, 0);
      stdout.write(`started ${handle.id} on ${count} target${count === 1 ? '' : 's'}\n`);
    },
    progress(state) {
      for (const target of state.targets) {
        const word = `${target.status} ${target.providerStatus}`;
        if (seen.get(target.target) === word) continue;
        seen.set(target.target, word);
        stdout.write(`${elapsed(since)} ${target.target} ${target.status}${target.providerStatus ? ` (${target.providerStatus})` : ''}\n`);
      }
    },
    finished(state) {
      stdout.write(`${state.handle.id}: ${summary(state, since)}${state.finished ? '' : ' (stopped waiting)'}\n${stateTable(state)}\n`);
    },
    close() {},
  };
}

function jsonReporter(stdout: Output): Reporter {
  const since = Date.now();
  const seen = new Map<string, string>();
  const emit = (event: Record<string, unknown>) => stdout.write(`${JSON.stringify(event)}\n`);
  return {
    started(handle) {
      emit({ event: 'started', id: handle.id, provider: handle.provider, region: handle.region, parts: handle.parts });
    },
    progress(state) {
      for (const target of state.targets) {
        const word = `${target.status} ${target.providerStatus}`;
        if (seen.get(target.target) === word) continue;
        seen.set(target.target, word);
        emit({ event: 'target', elapsedMs: Date.now() - since, target: target.target, status: target.status, providerStatus: target.providerStatus });
      }
      emit({ event: 'progress', elapsedMs: Date.now() - since, status: state.status, counts: state.counts });
    },
    finished(state) {
      emit(resultEvent(state, Date.now() - since));
    },
    close() {},
  };
}

export function resultEvent(state: ExecutionState & { finished?: boolean }, elapsedMs?: number): Record<string, unknown> {
  return {
    event: 'result',
    id: state.handle.id,
    provider: state.handle.provider,
    region: state.handle.region,
    status: state.status,
    ...(state.finished === undefined ? {} : { finished: state.finished }),
    providerStatus: state.providerStatus,
    counts: state.counts,
    ...(elapsedMs === undefined ? {} : { elapsedMs }),
    targets: state.targets,
  };
}
