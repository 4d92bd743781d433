import { setFlagsFromString } from 'node:v8';

/*
 * The core lives for weeks in a tray, mostly idle, so its resident size matters more than the last
 * fifth of a sync's speed. Left to its defaults V8 lets the heap grow by half again at every step
 * and doubles the young generation under a sync's burst of short-lived parse trees; it then keeps
 * those pages. With the old generation growing by 10 % and the young one kept at its first size,
 * a sync of 20,000 tasks over a 100,000-task cache ends near 130 MB instead of 180-230 MB, for a
 * sync about a fifth slower (npm run bench, figures 1 and 5, measures both under these settings).
 *
 * Imported first by every entry (the CLI and web host, the desktop app's main process), so the
 * settings hold before any other module has allocated.
 */
setFlagsFromString('--heap-growing-percent=10');
setFlagsFromString('--semi-space-growth-factor=1');
