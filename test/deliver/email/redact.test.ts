import { describe, expect, it } from 'vitest';
import { REDACTED, redact } from '../../../src/deliver/email/redact.js';

describe('redact', () => {
  const pass = 'p@ss:w/rd%1';

  it('replaces the secret as is, percent-encoded and base64-encoded', () => {
    const b64 = Buffer.from(pass).toString('base64');
    const text = `login ${pass} url ${encodeURIComponent(pass)} auth ${b64}`;
    const out = redact(text, [pass]);
    expect(out).toBe(`login ${REDACTED} url ${REDACTED} auth ${REDACTED}`);
  });

  it('drops the user info of any URL, even with a secret it was not told about', () => {
    expect(redact('connect to smtps://bot:hunter2@mail.example.com:465 failed', [])).toBe(
      `connect to smtps://${REDACTED}@mail.example.com:465 failed`,
    );
  });

  it('redacts every occurrence and longer secrets first', () => {
    const token = `\u0000bot\u0000${pass}`;
    const out = redact(`a ${pass} b ${pass} c ${Buffer.from(token).toString('base64')}`, [
      pass,
      token,
    ]);
    expect(out).toBe(`a ${REDACTED} b ${REDACTED} c ${REDACTED}`);
  });

  it('leaves text without secrets alone and ignores empty or missing secrets', () => {
    expect(redact('535 Authentication failed', ['', null, undefined, 'other'])).toBe(
      '535 Authentication failed',
    );
  });
});
