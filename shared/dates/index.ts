/** The one date module: the user's calendar day and zone, and what people type for a date. */
export * from './day.js';
export * from './parse.js';
export * from './title.js';
export * from './wire.js';
export { instantAt, offsetMinutes, userZone, wallClock, type WallClock } from './zone.js';
