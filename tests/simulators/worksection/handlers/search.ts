import type { SimTask } from '../data.js';
import { parseInputDate } from '../format.js';
import { extras, findProject, findTask, param, SimError, userByEmail, type Handler } from '../request.js';
import { indexTasks, serializeTask } from '../serialize.js';
import { capped } from './taskReads.js';

/**
 * The search_tasks filter grammar: integer fields id/project/parent with `=` and
 * `in (…)`, name with `=` and `has`, dates dateadd/datestart/dateend/dateclose
 * ('DD.MM.YYYY') with > < >= <= != =, parentheses, lowercase and/or.
 */
type Predicate = (task: SimTask) => boolean;

const TOKEN = /\s*(\(|\)|,|>=|<=|!=|=|>|<|'[^']*'|\d+|[a-z_]+)/y;

function tokenize(text: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.trimEnd().length) {
    const match = TOKEN.exec(text);
    if (!match) throw new SimError(11, 'Invalid filter', text.slice(TOKEN.lastIndex).trim());
    tokens.push(match[1]!);
  }
  return tokens;
}

const INT_FIELDS: Record<string, (t: SimTask) => string | null> = {
  id: (t) => t.id,
  project: (t) => t.projectId,
  parent: (t) => t.parentId,
};
const DATE_FIELDS: Record<string, (t: SimTask) => string | null> = {
  dateadd: (t) => t.dateAdded.slice(0, 10),
  datestart: (t) => t.dateStart,
  dateend: (t) => t.dateEnd,
  dateclose: (t) => t.dateClosed?.slice(0, 10) ?? null,
};
const COMPARE: Record<string, (a: string, b: string) => boolean> = {
  '=': (a, b) => a === b,
  '!=': (a, b) => a !== b,
  '>': (a, b) => a > b,
  '<': (a, b) => a < b,
  '>=': (a, b) => a >= b,
  '<=': (a, b) => a <= b,
};

class Parser {
  private pos = 0;
  constructor(private readonly tokens: string[]) {}

  parse(): Predicate {
    const predicate = this.or();
    if (this.pos < this.tokens.length) this.fail(`unexpected "${this.tokens[this.pos]}"`);
    return predicate;
  }

  private next(): string {
    const token = this.tokens[this.pos++];
    if (token === undefined) this.fail('unexpected end');
    return token;
  }

  private fail(why: string): never {
    throw new SimError(11, 'Invalid filter', why);
  }

  private or(): Predicate {
    let left = this.and();
    while (this.tokens[this.pos] === 'or') {
      this.pos += 1;
      const a = left,
        b = this.and();
      left = (t) => a(t) || b(t);
    }
    return left;
  }

  private and(): Predicate {
    let left = this.factor();
    while (this.tokens[this.pos] === 'and') {
      this.pos += 1;
      const a = left,
        b = this.factor();
      left = (t) => a(t) && b(t);
    }
    return left;
  }

  private factor(): Predicate {
    if (this.tokens[this.pos] !== '(') return this.condition();
    this.pos += 1;
    const inner = this.or();
    if (this.next() !== ')') this.fail('missing )');
    return inner;
  }

  private condition(): Predicate {
    const field = this.next();
    const op = this.next();
    if (INT_FIELDS[field]) return this.intCondition(INT_FIELDS[field], op);
    if (DATE_FIELDS[field]) return this.dateCondition(DATE_FIELDS[field], op);
    if (field === 'name') return this.nameCondition(op);
    return this.fail(`unsupported field "${field}"`);
  }

  private intCondition(get: (t: SimTask) => string | null, op: string): Predicate {
    if (op === '=') {
      const value = this.next();
      if (!/^\d+$/.test(value)) this.fail(`"${value}" is not a number`);
      return (t) => get(t) === value;
    }
    if (op !== 'in' || this.next() !== '(') return this.fail(`operator "${op}" needs = or in (…)`);
    const values: string[] = [];
    for (let token = this.next(); token !== ')'; token = this.next()) if (token !== ',') values.push(token);
    return (t) => values.includes(get(t) ?? '');
  }

  private dateCondition(get: (t: SimTask) => string | null, op: string): Predicate {
    const compare = COMPARE[op];
    const value = parseInputDate(this.next().replace(/^'|'$/g, ''));
    if (!compare || !value) return this.fail("dates are compared as 'DD.MM.YYYY' with > < >= <= != =");
    return (t) => {
      const own = get(t);
      return own !== null && compare(own, value);
    };
  }

  private nameCondition(op: string): Predicate {
    const raw = this.next();
    if (!raw.startsWith("'")) this.fail('names are quoted');
    const value = raw.slice(1, -1);
    if (op === '=') return (t) => t.name === value;
    if (op === 'has') return (t) => t.name.toLowerCase().includes(value.toLowerCase());
    return this.fail(`operator "${op}" needs = or has`);
  }
}

export function parseFilter(text: string): Predicate {
  return new Parser(tokenize(text)).parse();
}

/** Flat list of matching tasks, subtasks included; at least one criterion is required. */
const searchTasks: Handler = (req) => {
  const filter = param(req, 'filter');
  const from = param(req, 'email_user_from');
  const to = param(req, 'email_user_to');
  const project = findProject(req, true);
  const task = findTask(req, true);
  if (!filter && !from && !to && !project && !task)
    throw new SimError(10, 'At least one of fields required', 'id_project,id_task,email_user_from,email_user_to,filter');
  const predicate = filter ? parseFilter(filter) : () => true;
  const fromId = from ? userByEmail(req.state, from).id : null;
  const toId = to ? userByEmail(req.state, to).id : null;
  const status = param(req, 'status');
  const found = req.state.tasks.filter(
    (t) =>
      predicate(t) &&
      (!project || t.projectId === project.id) &&
      (!task || t.id === task.id || t.parentId === task.id) &&
      (!fromId || t.userFromId === fromId) &&
      (!toId || t.userToId === toId) &&
      (!status || t.status === status),
  );
  const extra = extras(req);
  extra.delete('subtasks');
  const index = indexTasks(req.state);
  return {
    data: capped(
      req.state,
      found.map((t) => serializeTask(req.state, t, extra, undefined, 0, index)),
    ),
  };
};

export const searchHandlers: Record<string, Handler> = { search_tasks: searchTasks };
