import { describe, expect, it } from 'vitest';
import { faultError, faultFields, loginError, soapError } from '../../../../main/core/providers/workity/errors.js';

describe('Workity errors', () => {
  it('reads SOAP 1.1 and SOAP 1.2 faults with their detail code', () => {
    expect(
      faultFields({
        faultcode: 'soap:Client',
        faultstring: 'Title: must not be empty',
        detail: { ErrorCode: 'InvalidArgument', Argument: 'Title' },
      }),
    ).toEqual({ code: 'soap:Client', message: 'Title: must not be empty', errorCode: 'InvalidArgument', argument: 'Title' });
    expect(
      faultFields({ Code: { Value: 'soap:Sender' }, Reason: { Text: 'bad' }, Detail: { ErrorCode: 'InvalidTicket' } }),
    ).toMatchObject({ code: 'soap:Sender', message: 'bad', errorCode: 'InvalidTicket' });
  });

  it('does not read a ticket problem into the wording of a fault (TicketAuth asks IsAuthenticated instead)', () => {
    const generic = 'Server was unable to process request. ---> Object reference not set to an instance of an object.';
    expect(faultError(faultFields({ faultcode: 'soap:Server', faultstring: generic, detail: '' }), 'GetUserInfo')).toMatchObject({
      code: 'server',
      retryable: false,
      providerCode: 'soap:Server',
    });
    expect(
      faultError(faultFields({ faultcode: 'soap:Client', faultstring: 'The ticket has expired' }), 'GetUserInfo'),
    ).not.toMatchObject({ code: 'auth' });
  });

  it('maps faults onto shared codes and names the field', () => {
    expect(
      faultError(
        faultFields({
          faultcode: 'soap:Client',
          faultstring: 'Title: too long',
          detail: { ErrorCode: 'InvalidArgument', Argument: 'Title' },
        }),
        'NewTask',
      ),
    ).toMatchObject({ code: 'validation', field: 'title', providerCode: 'InvalidArgument' });
    expect(
      faultError(
        faultFields({
          faultcode: 'soap:Client',
          faultstring: 'no such project',
          detail: { ErrorCode: 'InvalidProjectID', Argument: 'ProjectID' },
        }),
        'NewTask',
      ),
    ).toMatchObject({ code: 'not-found', field: 'projectRemoteId' });
  });

  it('maps network failures', () => {
    expect(soapError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))).toMatchObject({
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
