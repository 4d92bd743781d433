import type { FaultSwitches } from '../common/faults.js';
import { countDownToExpiry, liveUser, login, requireUser, ticketOf, type LoginOutcome, type TicketFaults } from './auth.js';
import type { CallContext } from './callContext.js';
import * as info from './info.js';
import { newFile, newNote, newTask, retag } from './newItems.js';
import * as read from './readItems.js';
import { SimFault, toSoapFault } from './simFault.js';
import type { SimState } from './state.js';
import { text, type Args } from './wire.js';
import { deleteItems, saveFile, saveNote, saveTask, updateTaskStatus } from './writeItems.js';

export interface ServiceDeps {
  state: SimState;
  faults: FaultSwitches;
  ticketFaults: TicketFaults;
  now: () => Date;
}

type Handler = (ctx: CallContext, args: Args) => unknown;

/** Every function of the seed that needs a ticket; a handler returning undefined has no return value. */
export const HANDLERS: Record<string, Handler> = {
  AddKeywords: (ctx, args) => retag(ctx, args, 'keywordIds', true),
  AddPersons: (ctx, args) => retag(ctx, args, 'personIds', true),
  DeleteItems: deleteItems,
  DownloadFile: read.downloadFile,
  GetItems: read.getItems,
  GetItemsByAdvancedSearch: read.advancedSearch,
  GetItemsByFullTextSearch: read.fullTextSearch,
  GetItemsByNewsSearch: read.newsSearch,
  GetKeywordID: info.keywordId,
  GetProjectKeywords: info.projectKeywords,
  GetProjectTeam: info.projectTeam,
  GetUserInfo: info.userInfo,
  GetUserKeywords: info.userKeywords,
  GetUserProjects: info.userProjects,
  GetUserTeam: info.userTeam,
  NewFile: newFile,
  NewNote: newNote,
  NewTask: newTask,
  RemoveKeywords: (ctx, args) => retag(ctx, args, 'keywordIds', false),
  RemovePersons: (ctx, args) => retag(ctx, args, 'personIds', false),
  ResetNews: read.resetNews,
  SaveFile: saveFile,
  SaveNote: saveNote,
  SaveTask: saveTask,
  UpdateTaskStatus: updateTaskStatus,
};

type SoapOp = (args: Args | null, callback: unknown, headers: unknown, req: { headers: Record<string, unknown> }) => unknown;

const loginOutcomes = new WeakMap<object, LoginOutcome>();

function isSoap12(req: { headers: Record<string, unknown> }): boolean {
  return req.headers['x-workity-soap'] === '1.2';
}

function wrap(name: string, run: (args: Args, headers: unknown, req: object) => unknown): SoapOp {
  return (args, _callback, headers, req) => {
    try {
      const value = run(args ?? {}, headers, req);
      return value === undefined ? {} : { [`${name}Result`]: value };
    } catch (error) {
      // node-soap turns a thrown `{ Fault }` object (not an Error) into a SOAP fault reply.
      // eslint-disable-next-line @typescript-eslint/only-throw-error
      if (error instanceof SimFault) throw toSoapFault(error, isSoap12(req));
      throw error;
    }
  };
}

/**
 * node-soap composes response headers before it runs the operation, so Login
 * is decided here and its outcome handed to the Login operation through `req`.
 */
export function loginHeader(deps: ServiceDeps) {
  return (method: string, args: Args | null, _headers: unknown, req: object): unknown => {
    if (method !== 'Login') return '';
    const outcome = login(deps.state, text(args ?? {}, 'Email'), text(args ?? {}, 'Password'), deps.now().getTime());
    loginOutcomes.set(req, outcome);
    return outcome.ticket ? { TicketHeader: { Ticket: outcome.ticket } } : '';
  };
}

export function buildOperations(deps: ServiceDeps): Record<string, SoapOp> {
  const nowMs = (): number => deps.now().getTime();
  const ops: Record<string, SoapOp> = {
    Login: wrap('Login', (_args, _headers, req) => loginOutcomes.get(req)?.code ?? -1),
    Logout: wrap('Logout', (_args, headers) => {
      const ticket = ticketOf(headers);
      const valid = liveUser(deps.state, ticket, nowMs(), deps.faults) !== null;
      if (ticket) deps.state.tickets.delete(ticket);
      return valid;
    }),
    IsAuthenticated: wrap(
      'IsAuthenticated',
      (_args, headers) => liveUser(deps.state, ticketOf(headers), nowMs(), deps.faults) !== null,
    ),
  };
  for (const [name, handler] of Object.entries(HANDLERS)) {
    ops[name] = wrap(name, (args, headers) => {
      countDownToExpiry(deps.state, deps.ticketFaults);
      const user = requireUser(deps.state, ticketOf(headers), nowMs(), deps.faults, deps.ticketFaults);
      return handler({ state: deps.state, user, nowMs: nowMs() }, args);
    });
  }
  return ops;
}
