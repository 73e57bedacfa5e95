import type { Document, LineCounter } from 'yaml';

/** One parsed file with its YAML syntax tree, kept so problems can be traced back to line and column. */
export interface SourceFile {
  file: string;
  path: string;
  data: Record<string, unknown>;
  document: Document;
  lineCounter: LineCounter;
}
