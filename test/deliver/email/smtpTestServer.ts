/**
 * A real SMTP server on 127.0.0.1 (the `smtp-server` package) for the email tests: random port,
 * login required, plain TCP (STARTTLS disabled so the client does not need a certificate).
 */
import net from 'node:net';
import { SMTPServer, type SMTPServerAuthentication } from 'smtp-server';

export interface ReceivedMessage {
  readonly raw: Buffer;
  readonly mailFrom: string;
  readonly rcptTo: string[];
  readonly user: unknown;
}

export interface TestSmtpServer {
  readonly port: number;
  readonly received: ReceivedMessage[];
  /** Every login attempt, in order. */
  readonly logins: { username: string; password: string }[];
  /** How many MAIL FROM commands were seen. */
  mailFromCount: number;
  /** Every RCPT TO address, in order (refused ones included). */
  readonly rcptTo: string[];
  close(): Promise<void>;
}

export interface TestSmtpOptions {
  readonly user: string;
  readonly pass: string;
  /** Return an error to reject this login (its message and responseCode are sent to the client). */
  readonly onLogin?: (auth: SMTPServerAuthentication, attempt: number) => Error | null;
  /** Return an error to reject MAIL FROM number `n` (1-based). */
  readonly onMailFrom?: (n: number) => Error | null;
  /** Return an error to reject the recipient `address` (RCPT TO number `n`, 1-based). */
  readonly onRcptTo?: (address: string, n: number) => Error | null;
}

/** An Error carrying the SMTP reply code smtp-server sends. */
export function smtpError(code: number, message: string): Error {
  return Object.assign(new Error(message), { responseCode: code });
}

/** Start the server; resolves once it listens. */
export async function startSmtpServer(o: TestSmtpOptions): Promise<TestSmtpServer> {
  const state = {
    received: [] as ReceivedMessage[],
    logins: [] as { username: string; password: string }[],
    mailFromCount: 0,
    rcptTo: [] as string[],
  };
  const server = new SMTPServer({
    secure: false,
    authOptional: false,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth(auth, _session, cb) {
      state.logins.push({ username: auth.username ?? '', password: auth.password ?? '' });
      const custom = o.onLogin?.(auth, state.logins.length) ?? null;
      if (custom) return cb(custom);
      if (auth.username === o.user && auth.password === o.pass)
        return cb(null, { user: auth.username });
      return cb(smtpError(535, 'Authentication credentials invalid'));
    },
    onMailFrom(_address, _session, cb) {
      state.mailFromCount += 1;
      cb(o.onMailFrom?.(state.mailFromCount) ?? null);
    },
    onRcptTo(address, _session, cb) {
      state.rcptTo.push(address.address);
      cb(o.onRcptTo?.(address.address, state.rcptTo.length) ?? null);
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const env = session.envelope;
        state.received.push({
          raw: Buffer.concat(chunks),
          mailFrom: env.mailFrom ? env.mailFrom.address : '',
          rcptTo: env.rcptTo.map((r) => r.address),
          user: session.user,
        });
        cb(null);
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.server.address() as net.AddressInfo).port;
  return Object.assign(state, {
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}

/** A port on 127.0.0.1 that nothing listens on (bound, then released). */
export async function closedPort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', () => resolve()));
  const port = (s.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}
