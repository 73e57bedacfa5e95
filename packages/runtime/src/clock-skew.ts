// Clock-skew correction. Both providers reject a request whose signing time is too far from theirs (Tencent
// AuthFailure.SignatureExpire past 5 minutes, Alibaba InvalidTimeStamp.Expired past 15), so a machine with
// a wrong clock fails every call. Like AWS SDK v3, the client then reads the server's time from the answer's
// Date header, keeps the difference, and signs later attempts at local time + difference.

/** Server time minus local time, in ms; one per client, shared by its calls. */
export interface ClockOffset {
  ms: number;
}

/** Below this, a correction cannot be the cause of the rejection (Date has 1 s resolution). */
const MIN_CORRECTION_MS = 2_000;

/**
 * The offset to use after a signature-expired answer, or undefined when the answer has no usable Date or the
 * current offset already agrees with it (then resending would fail the same way).
 */
export function clockSkewMs(headers: Headers, localNow: number, currentOffsetMs: number): number | undefined {
  const date = headers.get('date');
  if (!date) return undefined;
  const serverNow = Date.parse(date);
  if (Number.isNaN(serverNow)) return undefined;
  const offset = serverNow - localNow;
  return Math.abs(offset - currentOffsetMs) < MIN_CORRECTION_MS ? undefined : offset;
}
