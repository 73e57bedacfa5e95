// Maps a JSON pointer back to the YAML node it came from, so every problem can say file:line:col.
import { isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import type { SourceFile } from './source-file.ts';
import { pointerSegments } from './pointer.ts';
import type { Problem } from './problem.ts';

/** Offset of the deepest YAML node on the pointer's path (the key of a mapping entry, the item of a sequence). */
export function offsetOfPointer(source: SourceFile, pointer: string): number | undefined {
  let node: unknown = source.document.contents;
  let offset = rangeStart(node);
  for (const segment of pointerSegments(pointer)) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && keyText(p.key) === segment);
      if (!pair) break;
      offset = rangeStart(pair.key) ?? rangeStart(pair.value) ?? offset;
      node = pair.value;
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)];
      if (item === undefined) break;
      offset = rangeStart(item) ?? offset;
      node = item;
    } else {
      break;
    }
  }
  return offset;
}

export function locateProblems(problems: Problem[], sources: Map<string, SourceFile>): Problem[] {
  return problems.map((problem) => {
    if (problem.line !== undefined) return problem;
    const source = sources.get(problem.file);
    const offset = source ? offsetOfPointer(source, problem.pointer) : undefined;
    if (!source || offset === undefined) return problem;
    return { ...problem, ...source.lineCounter.linePos(offset) };
  });
}

function keyText(key: unknown): string {
  return isScalar(key) ? String(key.value) : String(key);
}

function rangeStart(node: unknown): number | undefined {
  return (node as Node | null | undefined)?.range?.[0];
}

/** The JSON pointer of the deepest mapping entry or sequence item whose source range holds `offset`. */
export function pointerAtOffset(contents: unknown, offset: number): string {
  let pointer = '';
  let node: unknown = contents;
  for (;;) {
    let next: { segment: string; node: unknown } | undefined;
    if (isMap(node)) {
      for (const pair of node.items) {
        const start = rangeStart(pair.key);
        const end = rangeEnd(pair.value) ?? rangeEnd(pair.key);
        if (start !== undefined && end !== undefined && start <= offset && offset <= end) next = { segment: keyText(pair.key), node: pair.value };
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        const start = rangeStart(item);
        const end = rangeEnd(item);
        if (start !== undefined && end !== undefined && start <= offset && offset <= end) next = { segment: String(i), node: item };
      });
    }
    if (!next) return pointer;
    pointer += `/${next.segment.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    node = next.node;
  }
}

function rangeEnd(node: unknown): number | undefined {
  return (node as Node | null | undefined)?.range?.[2];
}
