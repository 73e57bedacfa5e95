// Server limits, checked on the raw bytes before anything is handed to a provider engine: the engines build
// objects from flattened names (`Tag.1000000000.Key` would be a billion-slot array, a 5,000-segment name a
// 5,000-deep object), so the shape of a query, form or JSON body is measured here with plain string scans that
// stop at the first violation and allocate nothing in proportion to the input.

export interface ServerLimits {
  /** Largest request body; a larger one is answered 413 without reading the rest. */
  maxBodyBytes: number;
  /** Most parameters (`name=value` pairs) in the query plus a form body. */
  maxParams: number;
  /** Highest list index in a flattened name (`Tag.<n>.Key`, `Filters.<n>.Values.<n>`). */
  maxListIndex: number;
  /** Most segments in a flattened name (`a.b.c` is 3, `a[0]` is 2) and deepest JSON nesting of a body. */
  maxDepth: number;
  /** Time allowed for the request line and headers (node:http `headersTimeout`): a slower client gets 408. */
  headersTimeoutMs: number;
  /** Time allowed for the body once the headers are in; a slower client gets 408 and a closed socket. */
  bodyTimeoutMs: number;
  /** Open connections at most (`server.maxConnections`); more are closed on arrival. */
  maxConnections: number;
  /** On close (SIGTERM/SIGINT for the CLI), how long requests in flight may take before their sockets are cut. */
  shutdownGraceMs: number;
}

// Sized from the specs: the longest documented list has 100 items and the deepest documented name has 4
// segments (`InvokeInstances.InvokeInstance.1.InstanceId`), so the defaults leave a wide margin for valid calls.
export const DEFAULT_LIMITS: Readonly<ServerLimits> = {
  maxBodyBytes: 1024 * 1024,
  maxParams: 1000,
  maxListIndex: 1000,
  maxDepth: 16,
  headersTimeoutMs: 10_000,
  bodyTimeoutMs: 10_000,
  maxConnections: 256,
  shutdownGraceMs: 10_000,
};

export interface LimitViolation {
  /** Stable words for the error message. */
  message: string;
}

type ShapeLimits = Pick<ServerLimits, 'maxParams' | 'maxListIndex' | 'maxDepth'>;

/**
 * Checks `a=1&b.0.c=2` text (a raw query or form body) against the limits, counting pairs already seen in
 * `counted` (the query and the form share one budget). Names are percent-decoded first, because the engine
 * decodes before it splits on dots.
 */
export function checkFlattenedParams(text: string, limits: ShapeLimits, counted = 0): { violation?: LimitViolation; count: number } {
  let count = counted;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('&', start);
    if (end === -1) end = text.length;
    if (end > start) {
      count += 1;
      if (count > limits.maxParams) return { violation: { message: `The request has more than ${limits.maxParams} parameters.` }, count };
      const equals = text.indexOf('=', start);
      const violation = checkName(decodeName(text.slice(start, equals === -1 || equals > end ? end : equals)), limits);
      if (violation) return { violation, count };
    }
    start = end + 1;
  }
  return { count };
}

function decodeName(raw: string): string {
  if (!raw.includes('%') && !raw.includes('+')) return raw;
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return raw;
  }
}

/** Segments split at `.` and `[`; a segment of digits (`7`, `7]`) is a list index. */
function checkName(name: string, limits: ShapeLimits): LimitViolation | undefined {
  let depth = 1;
  let segmentStart = 0;
  for (let i = 0; i <= name.length; i++) {
    const char = name.charCodeAt(i);
    const boundary = i === name.length || char === 0x2e /* . */ || char === 0x5b /* [ */;
    if (!boundary) continue;
    const segment = name.slice(segmentStart, i).replace(/\]$/, '');
    if (/^\d+$/.test(segment) && Number(segment) > limits.maxListIndex) {
      return {
        message: `A parameter name uses list index ${segment.length > 12 ? `${segment.slice(0, 12)}…` : segment}; the highest allowed is ${limits.maxListIndex}.`,
      };
    }
    if (i < name.length) {
      depth += 1;
      if (depth > limits.maxDepth) return { message: `A parameter name is nested more than ${limits.maxDepth} levels deep.` };
    }
    segmentStart = i + 1;
  }
  return undefined;
}

/** Deepest `{`/`[` nesting of a JSON text outside strings, stopping as soon as it passes the limit. */
export function checkJsonDepth(text: string, limits: Pick<ServerLimits, 'maxDepth'>): LimitViolation | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === 0x5c /* \ */) i += 1;
      else if (char === 0x22 /* " */) inString = false;
    } else if (char === 0x22) {
      inString = true;
    } else if (char === 0x7b /* { */ || char === 0x5b /* [ */) {
      depth += 1;
      if (depth > limits.maxDepth) return { message: `The JSON body is nested more than ${limits.maxDepth} levels deep.` };
    } else if (char === 0x7d /* } */ || char === 0x5d /* ] */) {
      depth -= 1;
    }
  }
  return undefined;
}

/** The query of a request target (`/path?query` or an absolute URL), without decoding anything. */
export function rawQueryOf(target: string): string {
  const hash = target.indexOf('#');
  const withoutHash = hash === -1 ? target : target.slice(0, hash);
  const question = withoutHash.indexOf('?');
  return question === -1 ? '' : withoutHash.slice(question + 1);
}

/**
 * The shape check of a whole request: the query and a form body share one parameter budget; a JSON body (the
 * Tencent POST form, `application/json` or no content type) is checked for depth.
 */
export function checkRequestShape(target: string, contentType: string | undefined, body: Buffer, limits: ShapeLimits): LimitViolation | undefined {
  const query = checkFlattenedParams(rawQueryOf(target), limits);
  if (query.violation || body.length === 0) return query.violation;
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'application/x-www-form-urlencoded') return checkFlattenedParams(body.toString('utf8'), limits, query.count).violation;
  if (type === 'application/json' || type === '') return checkJsonDepth(body.toString('utf8'), limits);
  return undefined;
}
