import { describe, expect, it } from 'vitest';
import { createLogger, redact, registerSecret, setLogSink } from '../../../main/core/log.js';

describe('log redaction', () => {
  it('removes tokens, hashes, tickets and Authorization headers whatever their shape', () => {
    expect(redact('GET /api/admin/v2/?action=get_tasks&hash=abc123def')).toBe(
      'GET /api/admin/v2/?action=get_tasks&hash=[redacted]',
    );
    expect(redact('Authorization: Bearer eyJhbGciOi.x.y')).not.toMatch(/eyJhbGciOi/);
    expect(redact('<TicketHeader><Ticket>6f1c-guid</Ticket></TicketHeader>')).not.toMatch(/6f1c-guid/);
    expect(redact('{"password":"hunter2"}')).toBe('{"password":"[redacted]"}');
    expect(redact('http://tok123:ignored@host/api')).not.toMatch(/tok123/);
  });

  it('replaces a registered secret anywhere, in messages and data', () => {
    const lines: string[] = [];
    setLogSink((line) => lines.push(line), 'debug');
    registerSecret('s3cr3t-value-xyz');
    createLogger('t').info('server echoed s3cr3t-value-xyz back', { url: 'x?q=s3cr3t-value-xyz', token: 'anything' });
    expect(lines.join('\n')).not.toMatch(/s3cr3t-value-xyz|anything/);
  });
});
