// The CLI's documented exit codes (README "Exit codes").
export const EXIT = {
  /** Every target succeeded (or the command did what it was asked). */
  ok: 0,
  /** Some target failed, timed out or was cancelled; `agents`: some agent offline. */
  failed: 1,
  /** Usage or validation error: nothing was sent. */
  usage: 2,
  /** The service refused (auth, quota, throttling after retries) or could not be reached. */
  refused: 3,
  /** Interrupted (Ctrl-C). */
  interrupted: 130,
} as const;
