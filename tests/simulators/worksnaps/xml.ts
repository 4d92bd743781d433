import type { ServerResponse } from 'node:http';
import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';

/**
 * Error codes the simulator uses. The seed documents only 10022 (duplicate
 * project name); the others are the simulator's own, clearly in the same range.
 */
export const ERR = {
  badRequest: 10000,
  invalidToken: 10001,
  forbidden: 10003,
  notFound: 10004,
  malformedXml: 10005,
  duplicateLogin: 10011,
  duplicateProject: 10022,
  notOnBoundary: 10030,
  badDuration: 10031,
  taskNotInProject: 10032,
  rangeTooLong: 10040,
  rateLimited: 10429,
  serverError: 10500,
} as const;

/** A reply the handlers throw to answer with the seed's error payload. */
export class SimError extends Error {
  constructor(
    readonly status: number,
    readonly errorCode: number,
    readonly errorString: string,
    readonly extraInfo?: string,
  ) {
    super(errorString);
  }
}

/** What a handler returns: a status and the XML document as a builder object. */
export interface SimReply {
  status: number;
  body: Record<string, unknown>;
}

const builder = new XMLBuilder({ ignoreAttributes: false, format: false, suppressEmptyNode: false });
const parser = new XMLParser({ ignoreAttributes: true, parseTagValue: false, ignoreDeclaration: true });

const DECLARATION = { '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' } };

export function buildXml(body: Record<string, unknown>): string {
  return builder.build({ ...DECLARATION, ...body });
}

/** `<status type="integer">n</status>`: the typed form the seed shows. */
export function integer(value: number): Record<string, unknown> {
  return { '#text': value, '@_type': 'integer' };
}

export function errorBody(error: SimError): Record<string, unknown> {
  const reply: Record<string, unknown> = {
    status: integer(0),
    error_code: integer(error.errorCode),
    error_string: error.errorString,
  };
  if (error.extraInfo !== undefined) reply.extra_info = error.extraInfo;
  return { reply };
}

export function statusReply(status = 200): SimReply {
  return { status, body: { reply: { status: integer(1) } } };
}

export function sendXml(
  res: ServerResponse,
  status: number,
  body: Record<string, unknown>,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/xml; charset=utf-8', ...headers });
  res.end(buildXml(body));
}

/** Parses a request body; malformed XML is the seed's 400. */
export function parseBody(text: string): Record<string, unknown> | null {
  if (text.trim() === '') return null;
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    throw new SimError(400, ERR.malformedXml, `Malformed XML in request body: ${valid.err.msg}`);
  }
  return parser.parse(text) as Record<string, unknown>;
}
