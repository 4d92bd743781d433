// English only: the package's root loads every locale chrono knows (about 5 MB of the core's heap, and its heap then grows from there).
import * as chrono from 'chrono-node/en';

/**
 * The one chrono configuration: its casual English, plus two readings chrono
 * lacks — "eod" (end of the working day, 17:00 today) and dotted dates with a
 * year, which people who write them mean day first ("1.12.2026" is 1 December).
 * A dotted pair without a year ("1.2") stays a number, as chrono decides.
 */
const EOD_HOUR = 17;

const endOfDay: chrono.Parser = {
  pattern: () => /\b(?:eod|end of (?:the )?day)\b/i,
  // The day stays implied (today), so "tomorrow eod" and "fri eod" merge into one moment.
  extract: (context) => context.createParsingComponents({ hour: EOD_HOUR, minute: 0 }),
};

const dottedDayFirst: chrono.Parser = {
  pattern: () => /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.])/,
  extract: (context, match) => {
    const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (month < 1 || month > 12 || day < 1 || day > 31) return null;
    return context.createParsingComponents({ day, month, year });
  },
};

function build(): chrono.Chrono {
  const parser = chrono.casual.clone();
  parser.parsers.unshift(dottedDayFirst);
  parser.parsers.push(endOfDay);
  return parser;
}

export const phrases = build();
