import { UsageError } from './arguments.js';
import type { CliContext, GlobalOptions } from './context.js';
import { createContext } from './context.js';

export type Action = (ctx: CliContext, ...args: never[]) => Promise<number | void>;
export type Run = (action: Action) => (...args: unknown[]) => Promise<void>;

/**
 * Wraps a command's action: builds the context from the global options, maps
 * a thrown error to its one-line (or JSON) report and exit code 1 (2 for a
 * UsageError), and closes
 * the core so the process can end.
 */
export function makeRun(globals: () => GlobalOptions, setExit: (code: number) => void): Run {
  return (action) =>
    async (...args) => {
      const ctx = createContext(globals());
      try {
        const code = await (action as (ctx: CliContext, ...rest: unknown[]) => Promise<number | void>)(ctx, ...args.slice(0, -1));
        setExit(code ?? 0);
      } catch (error) {
        setExit(error instanceof UsageError ? ctx.out.usage(error.message, error.field) : ctx.out.failure(error));
      } finally {
        await ctx.close();
      }
    };
}
