import { describe, expect, it } from 'vitest';
import { faultOf, loginError, soapError } from '../../../../main/core/providers/workity/errors.js';

const envelope = (fault: Record<string, unknown>) => ({ root: { Envelope: { Body: { Fault: fault } } } });

describe('Workity errors', () => {
  it('reads SOAP 1.1 and SOAP 1.2 faults with their detail code', () => {
    expect(
      faultOf(
        envelope({
          faultcode: 'soap:Client',
          faultstring: 'Title: must not be empty',
          detail: { ErrorCode: 'InvalidArgument', Argument: 'Title' },
        }),
      ),
    ).toEqual({ code: 'soap:Client', message: 'Title: must not be empty', errorCode: 'InvalidArgument', argument: 'Title' });
    expect(
      faultOf(envelope({ Code: { Value: 'soap:Sender' }, Reason: { Text: 'bad' }, Detail: { ErrorCode: 'InvalidTicket' } })),
    ).toMatchObject({ code: 'soap:Sender', message: 'bad', errorCode: 'InvalidTicket' });
  });

  it('does not read a ticket problem into the wording of a fault (TicketAuth asks IsAuthenticated instead)', () => {
    const generic = 'Server was unable to process request. ---> Object reference not set to an instance of an object.';
    expect(soapError(envelope({ faultcode: 'soap:Server', faultstring: generic, detail: '' }), 'GetUserInfo')).toMatchObject({
      code: 'server',
      retryable: false,
      providerCode: 'soap:Server',
    });
    expect(
      soapError(envelope({ faultcode: 'soap:Client', faultstring: 'The ticket has expired' }), 'GetUserInfo'),
    ).not.toMatchObject({ code: 'auth' });
  });

  it('maps faults onto shared codes and names the field', () => {
    expect(
      soapError(
        envelope({
          faultcode: 'soap:Client',
          faultstring: 'Title: too long',
          detail: { ErrorCode: 'InvalidArgument', Argument: 'Title' },
        }),
        'NewTask',
      ),
    ).toMatchObject({ code: 'validation', field: 'title', providerCode: 'InvalidArgument' });
    expect(
      soapError(
        envelope({
          faultcode: 'soap:Client',
          faultstring: 'no such project',
          detail: { ErrorCode: 'InvalidProjectID', Argument: 'ProjectID' },
        }),
        'NewTask',
      ),
    ).toMatchObject({ code: 'not-found', field: 'projectRemoteId' });
  });

  it('maps HTTP errors, malformed replies and network failures', () => {
    expect(soapError({ message: 'Cannot parse response', response: { status: 500, data: '<html/>' } }, 'GetItems')).toMatchObject(
      { code: 'server', retryable: true },
    );
    expect(
      soapError({ Fault: { faultstring: 'Invalid XML' }, response: { status: 200 }, body: '<soap:Envelope><Resp' }, 'GetItems'),
    ).toMatchObject({ code: 'protocol', retryable: false });
    expect(soapError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }), 'GetItems')).toMatchObject({
      code: 'offline',
      retryable: true,
    });
  });

  it('explains each negative Login code', () => {
    expect(loginError(-1).message).toMatch(/e-mail address or password/);
    expect(loginError(-2).message).toMatch(/locked/);
    expect(loginError(-3).message).toMatch(/Terms of Service/);
    expect(loginError(-4).message).toMatch(/Premium/);
    expect(loginError(-2)).toMatchObject({ code: 'auth', providerCode: -2 });
  });
});
