/** A seeded generator of hostile HTTP requests for the web host's fuzz test (reproducible from the seed). */

export interface Hostile {
  kind: string;
  bytes: Buffer;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DOTS = ['..', '%2e%2e', '%2E%2E', '.%2e', '%2e.', '%c0%ae%c0%ae', '%e0%80%ae%e0%80%ae', '%252e%252e', '....', '.'];
const SLASHES = ['/', '%2f', '%2F', '%5c', '\\', '%c0%af', '%e0%80%af', '%c1%9c', '%252f', '//'];
const GARBAGE = [
  '%',
  '%Z',
  '%ZZ',
  '%c0',
  '%ff',
  '%80',
  '%00',
  '%0a',
  '%0d',
  '%1b',
  '%7f',
  '%e2%80',
  '%f4%90%80%80',
  '%ed%a0%80',
  '%%',
  '%2',
];
const METHODS = [
  'GET',
  'HEAD',
  'POST',
  'PUT',
  'DELETE',
  'OPTIONS',
  'TRACE',
  'CONNECT',
  'PROPFIND',
  'get',
  'G E T',
  '',
  'GET\u0000',
];
const HOSTS = (port: number) => [
  `127.0.0.1:${port}`,
  `localhost:${port}`,
  `[::1]:${port}`,
  'evil.example',
  `evil.example:${port}`,
  `127.0.0.1:${port}.evil.example`,
  `127.0.0.1:${port}@evil.example`,
  '',
  `127.0.0.1:${port}\u0000`,
];
const ORIGINS = ['null', 'http://evil.example', 'file://', 'http://127.0.0.1', 'javascript:alert(1)'];

export function hostileRequests(count: number, seed: number, port: number, canaryNames: string[]): Hostile[] {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const repeat = (max: number, part: () => string): string =>
    Array.from({ length: 1 + Math.floor(random() * max) }, part).join('');
  const traversal = (): string =>
    `/${pick(['', 'assets/', 'assets/x/', '%2e/'])}${repeat(6, () => pick(DOTS) + pick(SLASHES))}${pick(canaryNames)}`;
  const garbage = (): string =>
    `/${pick(['', 'assets/', 'index.html'])}${repeat(8, () => pick([...GARBAGE, 'a', '/', '?', '#', '.']))}`;
  const bytes = (): string => `/${repeat(12, () => String.fromCharCode(Math.floor(random() * 256)))}`;
  const paths: [string, () => string][] = [
    ['traversal', traversal],
    ['garbage', garbage],
    ['raw bytes', bytes],
    ['overlong', () => `/${'a'.repeat(2000 + Math.floor(random() * 80_000))}`],
    ['absolute-form', () => `http://127.0.0.1:${port}${traversal()}`],
    ['asterisk', () => '*'],
    ['empty', () => ''],
    ['double slash', () => `//${pick(['', 'evil.example/', '..', '%2e%2e/'])}${pick(canaryNames)}`],
    ['query', () => `/?token=${garbage()}&x=${pick(GARBAGE)}`],
    ['websocket', () => `/ws${pick(['', '?token=', '?token=%', '/../ws', '%00'])}`],
  ];
  return Array.from({ length: count }, () => {
    const [kind, makePath] = pick(paths);
    const headers: string[] = [];
    const host = random() < 0.8 ? `127.0.0.1:${port}` : pick(HOSTS(port));
    if (random() < 0.95) headers.push(`Host: ${host}`);
    if (random() < 0.1) headers.push(`Host: ${pick(HOSTS(port))}`);
    if (random() < 0.2) headers.push(`Origin: ${pick(ORIGINS)}`);
    if (kind === 'websocket' || random() < 0.1)
      headers.push(
        'Upgrade: websocket',
        'Connection: Upgrade',
        'Sec-WebSocket-Version: 13',
        `Sec-WebSocket-Key: ${pick(['dGhlIHNhbXBsZSBub25jZQ==', '', '%'])}`,
      );
    else headers.push('Connection: close');
    if (random() < 0.05) headers.push(`X-Huge: ${'h'.repeat(1000 + Math.floor(random() * 40_000))}`);
    if (random() < 0.03) for (let i = 0; i < 300; i += 1) headers.push(`X-Many-${i}: ${i}`);
    if (random() < 0.05) headers.push(`Content-Length: ${pick(['-1', '99999999999', 'abc', '5'])}`);
    if (random() < 0.03) headers.push('Transfer-Encoding: chunked');
    const method = random() < 0.75 ? 'GET' : pick(METHODS);
    const request = `${method} ${makePath()} HTTP/1.1\r\n${headers.join('\r\n')}\r\n\r\n`;
    return { kind, bytes: Buffer.from(request, 'latin1') };
  });
}
