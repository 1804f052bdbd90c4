import { describe, expect, it } from 'vitest';
import { classifySmtpError } from '../../../src/deliver/email/classifySmtpError.js';

const err = (fields: Record<string, unknown>) =>
  Object.assign(new Error(String(fields.message ?? 'failed')), fields);

describe('classifySmtpError (the retry policy)', () => {
  it.each([
    [
      {
        code: 'EAUTH',
        responseCode: 535,
        response: '535 5.7.8 Authentication credentials invalid',
      },
      false,
      'SMTP 535',
      'auth',
    ],
    [
      { code: 'EAUTH', responseCode: 454, response: '454 4.7.0 Temporary authentication failure' },
      true,
      'SMTP 454',
      'auth',
    ],
    [
      { code: 'EENVELOPE', responseCode: 550, response: '550 Sender not allowed' },
      false,
      'SMTP 550',
      'rejected',
    ],
    [
      { code: 'EMESSAGE', responseCode: 451, response: '451 Try again later' },
      true,
      'SMTP 451',
      'rejected',
    ],
    [
      { code: 'EPROTOCOL', responseCode: 421, response: '421 Too busy' },
      true,
      'SMTP 421',
      'rejected',
    ],
    [
      {
        code: 'ESOCKET',
        originalCode: 'ECONNREFUSED',
        message: 'connect ECONNREFUSED 127.0.0.1:1',
      },
      true,
      'ECONNREFUSED',
      'connection',
    ],
    [{ code: 'ETIMEDOUT', message: 'Greeting never received' }, true, 'ETIMEDOUT', 'connection'],
    [{ code: 'ETLS', message: 'Failed to set up TLS' }, false, 'ETLS', 'tls'],
    [{ code: 'ENOAUTH', message: 'Missing credentials' }, false, 'ENOAUTH', 'auth'],
    [{ message: 'something odd' }, false, 'error', 'other'],
    [
      {
        code: 'EPROTOCOL',
        responseCode: 500,
        response: '500 command not recognized',
        command: 'STARTTLS',
      },
      false,
      'SMTP 500 on STARTTLS',
      'tls',
    ],
    [
      {
        code: 'ESOCKET',
        originalCode: 'ERR_SSL_WRONG_VERSION_NUMBER',
        command: 'CONN',
        message: 'x',
      },
      false,
      'ERR_SSL_WRONG_VERSION_NUMBER',
      'tls',
    ],
    [
      { code: 'EAUTH', responseCode: 535, response: '535 no', command: 'AUTH PLAIN' },
      false,
      'SMTP 535 on AUTH PLAIN',
      'auth',
    ],
  ])('%j -> retry %s, %s', (fields, retryable, code, kind) => {
    expect(classifySmtpError(err(fields), [])).toMatchObject({ retryable, code, kind });
  });

  it('gives the reply text without its code, on one line, credentials redacted', () => {
    const f = classifySmtpError(
      err({
        code: 'EAUTH',
        responseCode: 535,
        response: '535 5.7.8 Bad login for bot:hunter2\nsecond line',
      }),
      ['hunter2'],
    );
    expect(f.detail).toBe('Bad login for bot:[redacted]');
  });

  it('shortens OpenSSL errors to their reason', () => {
    const message =
      '80AC:error:0A00010B:SSL routines:ssl3_get_record:wrong version number:../deps/openssl/ssl/record/ssl3_record.c:350:';
    expect(
      classifySmtpError(
        err({ code: 'ESOCKET', originalCode: 'ERR_SSL_WRONG_VERSION_NUMBER', message }),
        [],
      ).detail,
    ).toBe('TLS: wrong version number');
  });

  it('shortens a long reply', () => {
    const f = classifySmtpError(
      err({ code: 'EMESSAGE', responseCode: 554, response: `554 ${'x'.repeat(500)}` }),
      [],
    );
    expect(f.detail.length).toBe(160);
  });
});
