/**
 * `brief check` of the templates that deliver a brief: the archive pages (over the briefs on disk
 * and a sample with every field, a PDF link included) and the email (over a sample summary), all
 * rendered in strict mode. A sub-folder whose templates did not parse is skipped: its syntax
 * errors were already reported, line by line.
 */
import type { ProblemList } from '../model/check.js';
import type { Clock } from '../model/effects.js';
import { archiveFiles } from './archive/archiveFiles.js';
import { loadArchiveTemplates } from './archive/archiveTemplates.js';
import type { ArchivedBrief } from './archive/scanArchive.js';
import { DEFAULT_SITE_URL } from './archive/siteUrl.js';
import { composeEmail } from './email/composeEmail.js';
import { loadEmailTemplates } from './email/emailTemplates.js';
import { DEFAULT_SUBJECT } from './email/mailConfig.js';

/** The effects of the check: the templates folder's confined reader, the clock. */
export interface DeliveryCheckFx extends Pick<Clock, 'now'> {
  readonly readTemplate: (file: string) => Promise<string>;
}

const SAMPLE_SUMMARY = {
  schema: 'rotation-brief/summary@1' as const,
  date: '2026-01-22',
  title: 'Rotation Brief: January 22, 2026',
  headline: 'Sample headline',
  dek: 'Sample dek.',
  keyFigures: [
    { label: 'Russell 2000', value: '+1.00%', detail: 'sample', tone: 'up' },
    { label: 'S&P 500', value: '-1.00%', detail: 'sample', tone: 'down' },
    { label: 'Spread', value: '+200 bp', detail: 'sample', tone: 'flat' },
  ],
};

const SAMPLE_BRIEF: ArchivedBrief = {
  date: SAMPLE_SUMMARY.date,
  dir: '2026/2026-01-22',
  summary: SAMPLE_SUMMARY,
  hasPdf: true,
};

async function renderArchive(
  o: { templatesDir: string; generator: string },
  briefs: readonly ArchivedBrief[],
  fx: DeliveryCheckFx,
) {
  const templates = await loadArchiveTemplates(o.templatesDir, fx.readTemplate);
  return archiveFiles([...briefs, SAMPLE_BRIEF], templates, {
    siteUrl: DEFAULT_SITE_URL,
    generator: o.generator,
  });
}

async function renderEmail(templatesDir: string, fx: DeliveryCheckFx) {
  const address = { name: 'brief check', address: 'check@example.invalid' };
  const { schema: _schema, ...summary } = SAMPLE_SUMMARY;
  return composeEmail({
    summary,
    pdf: new Uint8Array(),
    mail: {
      from: address,
      to: [address],
      subjectTemplate: DEFAULT_SUBJECT,
      siteUrl: DEFAULT_SITE_URL,
    },
    templates: await loadEmailTemplates(templatesDir, fx.readTemplate),
    now: fx.now(),
  });
}

/**
 * Render the archive pages and the email; `briefs`: those on disk, `broken`: the template
 * sub-folders that did not parse ('archive', 'email').
 */
export async function checkDeliveryTemplates(
  o: { readonly templatesDir: string; readonly generator: string },
  briefs: readonly ArchivedBrief[],
  fx: DeliveryCheckFx,
  c: ProblemList,
  broken: ReadonlySet<string>,
): Promise<void> {
  const attempts: [string, () => Promise<unknown>][] = [
    ['archive', () => renderArchive(o, briefs, fx)],
    ['email', () => renderEmail(o.templatesDir, fx)],
  ];
  for (const [sub, attempt] of attempts) {
    if (broken.has(sub)) continue; // already reported, line by line
    await attempt().catch((e: unknown) => c.caught('', e));
  }
}
