/**
 * Delivery asked to stop (SIGINT, SIGTERM): an SMTP attempt in flight or a backoff ends at once
 * with Interrupted, the connection is closed, and no later recipient is tried. A fake transport
 * whose replies never come stands for a server that hangs: only the signal can end the wait.
 */
import { describe, expect, it } from 'vitest';
import type { EmailMessage } from '../../../src/deliver/email/composeEmail.js';
import { deliverEach, type Addressed } from '../../../src/deliver/email/deliverEach.js';
import type { MailTransport, SendEffects } from '../../../src/deliver/email/sendEmail.js';
import type { SmtpConfig } from '../../../src/deliver/email/smtpConfig.js';
import { Interrupted } from '../../../src/errors.js';

const SMTP: SmtpConfig = {
  host: '127.0.0.1',
  port: 2525,
  secure: false,
  requireTls: false,
  auth: null,
};
const never = () => new Promise<never>(() => undefined);

function message(address: string, position: number): Addressed {
  const m: EmailMessage = {
    from: { name: 'Brief', address: 'brief@example.org' },
    to: [{ name: '', address }],
    subject: 's',
    text: 't',
    html: '<p>t</p>',
    attachments: [],
    headers: {},
    messageId: `<${position}@example.org>`,
    date: new Date('2026-01-22T21:30:00Z'),
    baseBoundary: 'b',
  };
  return { message: m, position };
}
const TWO = [message('ana@example.com', 1), message('bo@example.org', 2)];

/** Effects over a transport whose `sendMail` is `send`; records tries, waits, closes. */
function fakes(send: (n: number) => ReturnType<MailTransport['sendMail']>) {
  const stop = new AbortController();
  const seen = { tries: 0, closed: 0, waits: [] as number[], progress: 0 };
  const fx: SendEffects = {
    createTransport: () => ({
      sendMail: () => send(++seen.tries),
      close: () => void seen.closed++,
    }),
    sleep: async (ms) => void seen.waits.push(ms),
    log: () => undefined,
    signal: stop.signal,
  };
  return { fx, stop, seen };
}

const refused = () =>
  Promise.reject(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }));

describe('deliverEach stops on a signal', () => {
  it('SIGINT during an SMTP attempt in flight: Interrupted at once, closed, nobody else tried', async () => {
    const t = fakes(() => {
      t.stop.abort('SIGINT');
      return never();
    });
    const onProgress = async () => void t.seen.progress++;
    const err = await deliverEach(TWO, 2, SMTP, t.fx, {}, onProgress).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Interrupted);
    expect((err as Interrupted).message).toBe(
      'interrupted by SIGINT: the brief was not sent to recipient 1 of 2 (***@example.com) or any later recipient',
    );
    expect(t.seen).toEqual({ tries: 1, closed: 1, waits: [], progress: 0 });
  }, 5000);

  it('SIGTERM during the backoff after a refused connection: exit 143, one try', async () => {
    const t = fakes(refused);
    t.fx = {
      ...t.fx,
      sleep: (ms) => {
        t.seen.waits.push(ms);
        t.stop.abort('SIGTERM');
        return never();
      },
    };
    const err = await deliverEach(TWO, 2, SMTP, t.fx).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'Interrupted', exitCode: 143 });
    expect(t.seen).toEqual({ tries: 1, closed: 1, waits: [30_000], progress: 0 });
  }, 5000);

  it('after the first copy is accepted, a stop leaves it reported and tries nobody else', async () => {
    const t = fakes(async (n) => ({
      messageId: `<${n}@example.org>`,
      accepted: [],
      rejected: [],
      response: '250 ok',
    }));
    const reports: string[][] = [];
    const err = await deliverEach(TWO, 2, SMTP, t.fx, {}, async (r) => {
      reports.push([...r.accepted]);
      t.stop.abort('SIGINT'); // Ctrl-C right after the first recipient's copy was accepted
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Interrupted);
    expect((err as Interrupted).message).toMatch(
      /not sent to recipient 2 of 2 \(\*\*\*@example\.org\)/,
    );
    expect(reports).toEqual([['ana@example.com']]); // the ledger hears of the copy that went
    expect(t.seen).toMatchObject({ tries: 1, closed: 1 });
  }, 5000);
});
