import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSim } from './helpers.js';

let ctx: Awaited<ReturnType<typeof startSim>>;
const parser = new XMLParser({ removeNSPrefix: true, ignoreAttributes: false });
const NS = 'http://www.workity.com/services/api';

beforeAll(async () => {
  ctx = await startSim();
});
afterAll(async () => {
  await ctx.sim.close();
});

/** A hand-written envelope, as an independent SOAP 1.1 client (e.g. the vendor's C# sample) would send it. */
function soap11(body: string, ticket?: string): string {
  const header = ticket ? `<soap:Header><TicketHeader xmlns="${NS}"><Ticket>${ticket}</Ticket></TicketHeader></soap:Header>` : '';
  return `<?xml version="1.0" encoding="utf-8"?>
<soap:Envelope xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">
  ${header}<soap:Body>${body}</soap:Body>
</soap:Envelope>`;
}

function soap12(body: string, ticket: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<soap12:Envelope xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:soap12="http://www.w3.org/2003/05/soap-envelope">
  <soap12:Header><TicketHeader xmlns="${NS}"><Ticket>${ticket}</Ticket></TicketHeader></soap12:Header>
  <soap12:Body>${body}</soap12:Body>
</soap12:Envelope>`;
}

async function post11(op: string, envelope: string) {
  const res = await fetch(ctx.sim.url, {
    method: 'POST',
    headers: { 'content-type': 'text/xml; charset=utf-8', soapaction: `"${NS}/${op}"` },
    body: envelope,
  });
  const text = await res.text();
  return { status: res.status, contentType: res.headers.get('content-type'), text, xml: parser.parse(text) };
}

async function post12(op: string, envelope: string) {
  const res = await fetch(ctx.sim.url, {
    method: 'POST',
    headers: { 'content-type': `application/soap+xml; charset=utf-8; action="${NS}/${op}"` },
    body: envelope,
  });
  const text = await res.text();
  return { status: res.status, contentType: res.headers.get('content-type'), text, xml: parser.parse(text) };
}

async function login(): Promise<string> {
  const { status, xml } = await post11(
    'Login',
    soap11(`<Login xmlns="${NS}"><Email>carl@sector7g.example</Email><Password>carl-7g-pass</Password></Login>`),
  );
  expect(status).toBe(200);
  expect(xml.Envelope.Body.LoginResponse.LoginResult).toBe(0);
  return String(xml.Envelope.Header.TicketHeader.Ticket);
}

describe('the simulator answers an independent SOAP client', () => {
  it('SOAP 1.1: Login returns 0 and the GUID ticket in the response header', async () => {
    expect(await login()).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('SOAP 1.1: GetItems with ArrayOfLong arguments returns TaskItems/NoteItems children', async () => {
    const ticket = await login();
    const body = `<GetItems xmlns="${NS}"><TaskIDs><long>1007</long></TaskIDs><NoteIDs><long>1001</long></NoteIDs><FileIDs /><IsDetails>true</IsDetails></GetItems>`;
    const { status, contentType, xml } = await post11('GetItems', soap11(body, ticket));
    expect(status).toBe(200);
    expect(contentType).toMatch(/text\/xml/);
    const result = xml.Envelope.Body.GetItemsResponse.GetItemsResult;
    expect(result.TaskItems.TaskItem).toMatchObject({ TaskID: 1007, Project: { ProjectID: 11 }, IsFinished: false });
    expect(result.NoteItems.NoteItem).toMatchObject({ NoteID: 1001, Title: 'Guest list', Revision: 10 });
  });

  it('SOAP 1.1: a bad argument is a soap:Client fault with HTTP 500', async () => {
    const ticket = await login();
    const { status, xml } = await post11(
      'GetKeywordID',
      soap11(`<GetKeywordID xmlns="${NS}"><Keyword>two words</Keyword></GetKeywordID>`, ticket),
    );
    expect(status).toBe(500);
    expect(xml.Envelope.Body.Fault).toMatchObject({ faultcode: 'soap:Client', faultstring: expect.stringContaining('Keyword') });
  });

  it('SOAP 1.1: a call without a ticket is refused with a fault', async () => {
    const { status, xml } = await post11('GetUserInfo', soap11(`<GetUserInfo xmlns="${NS}" />`));
    expect(status).toBe(500);
    expect(xml.Envelope.Body.Fault.detail.ErrorCode).toBe('InvalidTicket');
  });

  it('with the generic-fault switch an expired ticket gets the bare ASMX server fault, nothing about tickets', async () => {
    const ticket = await login();
    ctx.sim.ticketFaults.genericExpiredFault = true;
    expect(ctx.sim.expireTickets()).toBeGreaterThan(0);
    const { status, text, xml } = await post11('GetUserInfo', soap11(`<GetUserInfo xmlns="${NS}" />`, ticket));
    ctx.sim.ticketFaults.genericExpiredFault = false;
    expect(status).toBe(500);
    expect(xml.Envelope.Body.Fault).toMatchObject({
      faultcode: 'soap:Server',
      faultstring: 'Server was unable to process request. ---> Object reference not set to an instance of an object.',
    });
    expect(text).not.toMatch(/ticket|authent/i);
  });

  it('SOAP 1.2: GetUserInfo answers in a SOAP 1.2 envelope', async () => {
    const ticket = await login();
    const { status, contentType, text, xml } = await post12('GetUserInfo', soap12(`<GetUserInfo xmlns="${NS}" />`, ticket));
    expect(status).toBe(200);
    expect(contentType).toMatch(/application\/soap\+xml/);
    expect(text).toContain('http://www.w3.org/2003/05/soap-envelope');
    expect(xml.Envelope.Body.GetUserInfoResponse.GetUserInfoResult).toMatchObject({ UserID: 102, Name: 'Carl Carlson' });
  });

  it('SOAP 1.2: a fault has Code and Reason', async () => {
    const ticket = await login();
    const long = 'x'.repeat(51);
    const body = `<GetItemsByFullTextSearch xmlns="${NS}"><SearchString>${long}</SearchString><ProjectIDs /><IsUnfinishedTasks>true</IsUnfinishedTasks><IsFinishedTasks>true</IsFinishedTasks><IsNotes>true</IsNotes><IsFiles>true</IsFiles><IsDetails>false</IsDetails></GetItemsByFullTextSearch>`;
    const { status, text, xml } = await post12('GetItemsByFullTextSearch', soap12(body, ticket));
    expect(status).toBe(500);
    expect(text).toContain('<ErrorCode>InvalidArgument</ErrorCode>');
    expect(xml.Envelope.Body.Fault.Code.Value).toBe('soap:Sender');
    expect(xml.Envelope.Body.Fault.Reason.Text).toMatch(/SearchString/);
  });

  it('serves the shipped WSDL at ?wsdl with both bindings', async () => {
    const text = await (await fetch(`${ctx.sim.url}?WSDL`)).text();
    expect(text).toContain('<wsdl:binding name="ApiSoap" type="tns:ApiSoap">');
    expect(text).toContain('<wsdl:binding name="ApiSoap12" type="tns:ApiSoap">');
    expect(text).toContain(`soapAction="${NS}/UpdateTaskStatus"`);
  });
});
