import { describe, expect, it } from 'vitest';
import { readXml } from '../../../../main/core/net/xml.js';

describe('readXml (the one XML reader of replies)', () => {
  it('reads elements as nested objects, repeated names as arrays in order, texts trimmed and kept as strings', () => {
    const doc = readXml(`<?xml version="1.0" encoding="UTF-8"?>
      <tasks type="array">
        <task><id type="integer">007</id><name>  Call the printer </name></task>
        <task><id>9007199254740993</id><name>Two</name></task>
        <empty></empty><selfclosed/>
      </tasks>`);
    expect(doc).toEqual({
      tasks: {
        task: [
          { id: '007', name: 'Call the printer' },
          { id: '9007199254740993', name: 'Two' },
        ],
        empty: '',
        selfclosed: '',
      },
    });
  });

  it('drops namespace prefixes and attributes, and decodes entities and CDATA', () => {
    const doc = readXml(
      '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:xsi="x"><soap:Body>' +
        '<R xmlns="urn:w"><T>Tom &amp; Jerry &#8217;s &lt;b&gt;</T><C><![CDATA[<not> & markup]]></C><D xsi:nil="true"/></R>' +
        '</soap:Body></soap:Envelope>',
    );
    expect(doc).toEqual({ Envelope: { Body: { R: { T: 'Tom & Jerry ’s <b>', C: '<not> & markup', D: '' } } } });
  });

  it.each([
    ['an unclosed element', '<a><b>text</a>'],
    ['a truncated document', '<soap:Envelope><soap:Body><GetItemsResponse>'],
    ['two roots', '<a/><b/>'],
    ['text that is not XML', 'Service Unavailable'],
    ['an unknown entity', '<a>&nbsp;</a>'],
  ])('throws on %s, saying where', (_what, text) => {
    expect(() => readXml(text)).toThrow(/\d+:\d+/);
  });
});
