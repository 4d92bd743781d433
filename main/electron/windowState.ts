import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const BoundsSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(200),
  height: z.number().int().min(80),
});
export type Bounds = z.infer<typeof BoundsSchema>;
const FileSchema = z.record(z.string(), BoundsSchema);

/** Where each window was and how big it was, between launches. */
export interface WindowStateStore {
  get(name: string): Bounds | undefined;
  set(name: string, bounds: Bounds): void;
}

/** window-state.json in the user-data folder; a damaged file is ignored, not fatal. */
export function openWindowState(dir: string): WindowStateStore {
  const file = path.join(dir, 'window-state.json');
  let state: Record<string, Bounds> = {};
  try {
    const parsed = FileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (parsed.success) state = parsed.data;
  } catch {
    state = {};
  }
  return {
    get: (name) => state[name],
    set(name, bounds) {
      state = { ...state, [name]: bounds };
      try {
        mkdirSync(dir, { recursive: true });
        writeFileSync(file, JSON.stringify(state, null, 2));
      } catch {
        // Losing a window position is not worth interrupting anyone for.
      }
    },
  };
}

/** Keeps remembered bounds on screen: a monitor may have been unplugged since. */
export function clampToArea(bounds: Bounds, area: Bounds): Bounds {
  const width = Math.min(bounds.width, area.width);
  const height = Math.min(bounds.height, area.height);
  const x = Math.min(Math.max(bounds.x, area.x), area.x + area.width - width);
  const y = Math.min(Math.max(bounds.y, area.y), area.y + area.height - height);
  return { x, y, width, height };
}

/** Puts a window of `size` beside the tray icon: below it when the tray is at the top, above it otherwise. */
export function positionNear(anchor: Bounds | null, size: { width: number; height: number }, area: Bounds): Bounds {
  if (anchor === null || (anchor.width === 0 && anchor.height === 0)) {
    return clampToArea(
      { x: Math.round(area.x + (area.width - size.width) / 2), y: Math.round(area.y + area.height / 4), ...size },
      area,
    );
  }
  const x = Math.round(anchor.x + anchor.width / 2 - size.width / 2);
  const trayAtTop = anchor.y < area.y + area.height / 2;
  const y = trayAtTop ? anchor.y + anchor.height + 4 : anchor.y - size.height - 4;
  return clampToArea({ x, y, ...size }, area);
}
