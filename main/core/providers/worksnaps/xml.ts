import { XMLBuilder } from 'fast-xml-parser';
import { readXml, type XmlDoc } from '../../net/xml.js';
import { protocolError } from '../../net/http.js';

export type { XmlDoc };

// Request bodies: attributes such as type="integer" (Rails style) carry nothing the service needs.
const builder = new XMLBuilder({ ignoreAttributes: true, format: false, suppressEmptyNode: false });

/** Parses a reply body strictly: anything that is not one well-formed document is a `protocol` error. */
export function parseReply(text: string, what: string): XmlDoc {
  if (text.trim() === '') return {};
  try {
    return readXml(text);
  } catch (error) {
    throw protocolError('worksnaps', `a malformed XML reply to ${what} (${(error as Error).message})`, text);
  }
}

/** Parses an error body leniently: the seed shows error elements without a single root. Null when it is not XML. */
export function parseErrorBody(text: string): XmlDoc | null {
  const body = text.trim().replace(/^<\?xml[^>]*\?>/, '');
  if (!body.startsWith('<')) return null;
  try {
    const doc = readXml(`<errors-reply>${body}</errors-reply>`)['errors-reply'];
    return doc && typeof doc === 'object' && Object.keys(doc).length > 0 ? (doc as XmlDoc) : null;
  } catch {
    return null;
  }
}

export function buildBody(doc: XmlDoc): string {
  return builder.build(doc);
}

/** Repeated elements parse to an array, a single one to an object, none to "" or undefined. */
export function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null || value === '') return [];
  return Array.isArray(value) ? value : [value];
}

/** Write replies come wrapped in `<reply>`; some (tasks) come bare. Accepts both. */
export function unwrapReply(doc: XmlDoc): XmlDoc {
  const reply = doc.reply;
  return reply && typeof reply === 'object' && !Array.isArray(reply) ? (reply as XmlDoc) : doc;
}
