/** An expected failure (invalid spec, unreadable input): the CLI prints its message, never a stack. */
export class CodegenError extends Error {
  override name = 'CodegenError';
}
