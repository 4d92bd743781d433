import { SaxesParser } from 'saxes';

/** A parsed XML document: element names to child texts, nested maps or arrays of repeated elements. */
export type XmlDoc = Record<string, unknown>;

interface Open {
  name: string;
  children: XmlDoc | null;
  text: string;
}

function add(into: XmlDoc, name: string, value: unknown): void {
  if (!(name in into)) into[name] = value;
  else if (Array.isArray(into[name])) (into[name] as unknown[]).push(value);
  else into[name] = [into[name], value];
}

/**
 * Reads one well-formed XML document into plain objects, the one way the core reads XML replies
 * (Worksnaps' REST bodies, Workity's SOAP envelopes). saxes is a conforming, non-validating parser:
 * anything that is not well-formed throws, with its line and column.
 *
 * The shape: an element with children is an object of them (a repeated name becomes an array, in
 * document order); one with text only is that text, trimmed; an empty one is "". Values stay strings,
 * so ids keep their exact digits and the providers' zod schemas say what is a number. Namespace
 * prefixes are dropped (`soap:Envelope` is `Envelope`) and attributes are not kept: neither service
 * puts anything the app reads in them (a SOAP `xsi:nil` element reads as "", which the schemas take
 * as absent).
 */
export function readXml(text: string): XmlDoc {
  const root: XmlDoc = {};
  const stack: Open[] = [];
  const parser = new SaxesParser({ xmlns: false, position: true });
  const appendText = (chunk: string) => {
    const top = stack[stack.length - 1];
    if (top) top.text += chunk;
  };
  parser.on('opentag', (tag) => stack.push({ name: tag.name.slice(tag.name.indexOf(':') + 1), children: null, text: '' }));
  parser.on('text', appendText);
  parser.on('cdata', appendText);
  parser.on('closetag', () => {
    const done = stack.pop() as Open;
    const parent = stack[stack.length - 1];
    const value = done.children ?? done.text.trim();
    if (parent) add((parent.children ??= {}), done.name, value);
    else add(root, done.name, value);
  });
  parser.write(text).close();
  return root;
}
