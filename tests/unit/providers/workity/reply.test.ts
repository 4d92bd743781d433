import { describe, expect, it } from 'vitest';
import { readReply } from '../../../../main/core/providers/workity/reply.js';

const envelope = (header: string, body: string) =>
  `<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">` +
  `${header ? `<soap:Header>${header}</soap:Header>` : ''}<soap:Body>${body}</soap:Body></soap:Envelope>`;
const fault = (code: string, text: string, detail = '') =>
  envelope(
    '',
    `<soap:Fault><faultcode>${code}</faultcode><faultstring>${text}</faultstring><detail>${detail}</detail></soap:Fault>`,
  );
const ok = { status: 200, headers: {} };

describe('Workity replies', () => {
  it('gives the operation’s response element and the SOAP header, values as the wire’s text', () => {
    const reply = readReply(
      'Login',
      null,
      ok,
      envelope(
        '<TicketHeader xmlns="http://www.workity.com/services/api"><Ticket>6f1c</Ticket></TicketHeader>',
        '<LoginResponse xmlns="http://www.workity.com/services/api"><LoginResult>0</LoginResult></LoginResponse>',
      ),
    );
    expect(reply).toEqual({ result: { LoginResult: '0' }, header: { TicketHeader: { Ticket: '6f1c' } } });
  });

  it('reads a fault as the service’s refusal, under HTTP 500 or 200, naming the field', () => {
    const body = fault('soap:Client', 'Title: too long', '<ErrorCode>InvalidArgument</ErrorCode><Argument>Title</Argument>');
    for (const status of [500, 200]) {
      expect(() => readReply('NewTask', null, { status, headers: {} }, body)).toThrow(
        expect.objectContaining({ code: 'validation', field: 'title', providerCode: 'InvalidArgument' }),
      );
    }
    expect(() => readReply('GetItems', null, { status: 500, headers: {} }, fault('soap:Server', 'Boom'))).toThrow(
      expect.objectContaining({ code: 'server', retryable: false, message: 'Workity GetItems failed: Boom' }),
    );
  });

  it('takes an error page for its HTTP status, and anything else that is not an envelope for a malformed reply', () => {
    expect(() => readReply('GetItems', null, { status: 503, headers: {} }, '<html><body>Busy<br></body></html>')).toThrow(
      expect.objectContaining({ code: 'server', retryable: true }),
    );
    for (const body of ['<soap:Envelope><soap:Body><GetItemsResponse>', '{"ok":true}', '<other/>', '']) {
      expect(() => readReply('GetItems', null, ok, body)).toThrow(
        expect.objectContaining({ code: 'protocol', retryable: false, provider: 'workity' }),
      );
    }
  });

  it('passes a network failure on as offline', () => {
    const error = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    expect(() => readReply('GetItems', error, undefined, undefined)).toThrow(
      expect.objectContaining({ code: 'offline', retryable: true }),
    );
  });
});
