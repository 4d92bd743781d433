import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';
import { protocolError } from '../../net/http.js';

/** A parsed XML document: element names to child texts, nested maps or arrays of repeated elements. */
export type XmlDoc = Record<string, unknown>;

// Values stay strings (parseTagValue: false) so ids keep their exact digits; zod coerces where numbers are meant.
// Attributes such as type="integer" (Rails style) carry nothing we need.
const parser = new XMLParser({ ignoreAttributes: true, parseTagValue: false, ignoreDeclaration: true, ignorePiTags: true });
const builder = new XMLBuilder({ ignoreAttributes: true, format: false, suppressEmptyNode: false });

/** Parses a reply body strictly: anything that is not one well-formed document is a `protocol` error. */
export function parseReply(text: string, what: string): XmlDoc {
  if (text.trim() === '') return {};
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw protocolError('worksnaps', `a malformed XML reply to ${what} (${valid.err.msg})`, text);
  return parser.parse(text) as XmlDoc;
}

/** Parses an error body leniently: the seed shows error elements without a single root. Null when it is not XML. */
export function parseErrorBody(text: string): XmlDoc | null {
  if (!text.trim().startsWith('<')) return null;
  try {
    const doc = parser.parse(text) as XmlDoc;
    return Object.keys(doc).length > 0 ? doc : null;
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
