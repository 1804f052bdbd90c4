/**
 * The email ledger: records of schema sent@2 (complete or not, recipients as salted hashes),
 * records of sent@1 read as complete, and which briefs are pending.
 */
import { describe, expect, it } from 'vitest';
import {
  type LedgerFs,
  newestSentDate,
  pendingDates,
  readSentRecord,
  recipientHash,
} from '../../../src/deliver/email/sentLedger.js';
import { BriefError } from '../../../src/errors.js';

/** A ledger folder in memory: OUT/sent/NAME -> text. */
function memoryFs(files: Record<string, unknown>): LedgerFs {
  const text = (f: string) => {
    const name = f.replace(/^out\/sent\//, '');
    if (!(name in files)) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
    const v = files[name];
    return typeof v === 'string' ? v : JSON.stringify(v);
  };
  return {
    readText: async (f) => text(f),
    listDir: async () => Object.keys(files),
    writeAtomic: async () => undefined,
  };
}

const v2 = (date: string, complete: boolean, accepted: string[] = []) => ({
  schema: 'rotation-brief/sent@2',
  date,
  sentAt: `${date}T22:00:00Z`,
  complete,
  accepted: accepted.map((a) => recipientHash(date, a)),
  rejected: [],
});

describe('recipientHash', () => {
  it('is 16 hex digits, the same for any case, different for another date', () => {
    const h = recipientHash('2026-08-20', 'Ana@Example.com');
    expect(h).toMatch(/^[0-9a-f]{16}$/);
    expect(recipientHash('2026-08-20', 'ana@example.com')).toBe(h);
    expect(recipientHash('2026-08-21', 'ana@example.com')).not.toBe(h);
    expect(h).not.toContain('ana');
  });
});

describe('the ledger', () => {
  it('reads a sent@1 record (before per-recipient delivery) as complete', async () => {
    const fs = memoryFs({
      '2026-08-19.json': {
        schema: 'rotation-brief/sent@1',
        date: '2026-08-19',
        sentAt: '2026-08-19T22:00:00Z',
        messageId: '<x@y>',
        accepted: 2,
      },
    });
    expect(await readSentRecord('out', '2026-08-19', fs)).toEqual({
      schema: 'rotation-brief/sent@2',
      date: '2026-08-19',
      sentAt: '2026-08-19T22:00:00Z',
      complete: true,
      accepted: [],
      rejected: [],
    });
  });

  it('the newest complete record ends the pending list; an incomplete one does not', async () => {
    const fs = memoryFs({
      '2026-08-18.json': v2('2026-08-18', true, ['a@example.com']),
      '2026-08-19.json': v2('2026-08-19', true),
      '2026-08-20.json': v2('2026-08-20', false, ['a@example.com']),
      'README.txt': 'not a record',
    });
    const newest = await newestSentDate('out', fs);
    expect(newest).toBe('2026-08-19');
    const archived = ['2026-08-21', '2026-08-18', '2026-08-19', '2026-08-20'];
    expect(pendingDates(archived, newest)).toEqual(['2026-08-20', '2026-08-21']);
    expect(pendingDates(archived, null)).toEqual(['2026-08-21']);
  });

  it('a damaged record or one holding an address is a data error naming the file', async () => {
    const withAddress = { ...v2('2026-08-20', false), accepted: ['a@example.com'] };
    for (const bad of ['{', withAddress, { ...v2('2026-08-21', true) }]) {
      const fs = memoryFs({ '2026-08-20.json': bad });
      const e = await readSentRecord('out', '2026-08-20', fs).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(BriefError);
      expect((e as BriefError).message).toBe(
        'out/sent/2026-08-20.json: not a valid record of the email of 2026-08-20',
      );
    }
    expect(await readSentRecord('out', '2026-08-22', memoryFs({}))).toBeNull();
  });
});
