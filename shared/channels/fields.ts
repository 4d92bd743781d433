import { z } from 'zod';
import { isValidCalendarDate } from '../dates/day.js';
import { stampToInstant } from '../dates/wire.js';

/** The field shapes every channel's schema is built from. */
export const id = z.string().min(1).max(200);
export const text = (max: number) => z.string().max(max);
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
  .refine(isValidCalendarDate, 'not a calendar date');

/** ISO 8601 date and time; without a zone it is the user's wall clock (shared/dates). */
export const dateTime = z
  .string()
  .max(40)
  .refine((value) => stampToInstant(value) !== null, 'expected an ISO 8601 date and time such as 2026-12-01T09:00');
