/** The longest request target the host reads; the renderer's own URLs are far shorter. */
export const MAX_TARGET_LENGTH = 2048;

export interface RequestTarget {
  /** Decoded path segments, none empty-named `.`/`..`, none holding a slash, backslash or control character. */
  segments: string[];
  query: URLSearchParams;
}

// C0 controls, DEL and C1 controls: no renderer file has them in its name, and NUL truncates paths in some APIs.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

function decodeSegment(raw: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return null;
  }
  // An encoded separator or a dot segment would let a path leave the folder after decoding.
  if (decoded === '.' || decoded === '..' || /[/\\]/.test(decoded) || CONTROL.test(decoded)) return null;
  return decoded;
}

/**
 * Reads a request target (`req.url`) strictly: origin-form only (`/…`),
 * bounded length, every segment valid percent-encoding. Returns null for
 * anything else, which the host answers with 400 — never a throw, never a
 * path that could name a file outside the folder it serves.
 */
export function parseRequestTarget(url: string | undefined): RequestTarget | null {
  if (typeof url !== 'string' || url.length === 0 || url.length > MAX_TARGET_LENGTH) return null;
  if (!url.startsWith('/') || url.startsWith('//')) return null;
  const hash = url.indexOf('#');
  const target = hash === -1 ? url : url.slice(0, hash);
  const mark = target.indexOf('?');
  const rawPath = mark === -1 ? target : target.slice(0, mark);
  const rawQuery = mark === -1 ? '' : target.slice(mark + 1);
  if (rawPath.includes('\\')) return null;
  const segments: string[] = [];
  for (const raw of rawPath.slice(1).split('/')) {
    if (raw === '') continue;
    const segment = decodeSegment(raw);
    if (segment === null) return null;
    segments.push(segment);
  }
  // URLSearchParams never throws: a bad escape in the query stays as typed.
  return { segments, query: new URLSearchParams(rawQuery) };
}
