import { z } from 'zod';
import { dateTime, id, text } from './fields.js';

/** Booking time and starting timers. */
/** Positivity is the core's rule, told with the service's own wording. */
const minutesField = z.number().int().max(100_000);

export const LogTimeSchema = z
  .object({
    accountId: id,
    projectRemoteId: id,
    taskRemoteId: id.nullish(),
    start: dateTime,
    end: dateTime.optional(),
    minutes: minutesField.optional(),
    note: text(10_000).optional(),
  })
  .strict();
export type LogTimeInput = z.output<typeof LogTimeSchema>;

export const EditTimeSchema = z
  .object({
    key: id,
    start: dateTime.optional(),
    end: dateTime.optional(),
    minutes: minutesField.optional(),
    note: text(10_000).optional(),
  })
  .strict();
export type EditTimeInput = z.output<typeof EditTimeSchema>;

export const StartTimerSchema = z
  .object({ accountId: id, projectRemoteId: id.optional(), taskRemoteId: id.optional(), note: text(10_000).optional() })
  .strict();
export type StartTimerInput = z.output<typeof StartTimerSchema>;
