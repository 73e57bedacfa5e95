// The errors @cloudexec/exec adds to the runtime's: a run that breaks a documented limit before anything is
// sent, and an operation the service does not offer.

/** The input breaks a documented limit or is malformed; nothing was sent. The CLI exits 2 on it. */
export class ExecUsageError extends Error {
  override readonly name = 'ExecUsageError';
  /** The input member at fault (`targets`, `command`, `timeout`…). */
  readonly field: string;

  constructor(field: string, message: string) {
    super(message);
    this.field = field;
  }
}

/** The service has no such operation (SWAS cannot stop a run). */
export class UnsupportedOperationError extends Error {
  override readonly name = 'UnsupportedOperationError';
}

/** The service does not know the execution id (CLI exit 3, as for the services' own not-found errors). */
export class ExecutionNotFoundError extends Error {
  override readonly name = 'ExecutionNotFoundError';
}
