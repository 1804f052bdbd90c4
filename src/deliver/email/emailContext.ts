/**
 * The fields the email templates see (templates/email/summary.hbs and summary.txt.hbs): the
 * session (ISO, and long as the brief writes it), the preheader (preheader.ts), the summary
 * (with `lead` falling back to `dek`, and `bottomLine` null when the brief has none), the inline
 * charts, the links to the published brief (null without ROTATION_BRIEF_SITE_URL), the PDF's file
 * name, the recipient and how they unsubscribe. Every field is always present (null when empty),
 * so a template can test it under Handlebars' strict mode.
 */
import { formatLongDate } from '../../model/format.js';
import { briefLinks, type BriefLinks } from './briefLinks.js';
import type { InlineImage } from './emailCharts.js';
import { preheaderText } from './preheader.js';
import type { EmailSummary } from './readBriefForEmail.js';
import type { Unsubscribe } from './unsubscribe.js';

/** One chart as the templates see it. */
export interface ChartContext {
  readonly cid: string;
  readonly alt: string;
  readonly caption: string;
  readonly width: number;
  readonly height: number;
}

/** The template context. */
export interface EmailContext {
  readonly title: string;
  /** The session, ISO (`2026-08-21`). */
  readonly date: string;
  /** The session as the brief writes it (`August 21, 2026`). */
  readonly dateLong: string;
  /** The inbox preview line, hidden in the HTML body: the day's index moves ('' for none). */
  readonly preheader: string;
  readonly headline: string;
  readonly dek: string;
  readonly lead: string;
  readonly bottomLine: string | null;
  readonly keyFigures: EmailSummary['keyFigures'];
  readonly charts: readonly ChartContext[];
  readonly links: BriefLinks | null;
  readonly pdfName: string;
  readonly recipient: string;
  readonly unsubscribe: Omit<Unsubscribe, 'headers'>;
}

/** File name of the attached PDF: `rotation-brief-YYYY-MM-DD.pdf`. */
export function pdfFileName(date: string): string {
  return `rotation-brief-${date}.pdf`;
}

/** The context of one recipient's message. */
export function emailContext(o: {
  readonly summary: EmailSummary;
  readonly charts: readonly InlineImage[];
  readonly siteUrl: string | null;
  readonly recipient: string;
  readonly unsubscribe: Unsubscribe;
}): EmailContext {
  const s = o.summary;
  const { headers: _headers, ...unsubscribe } = o.unsubscribe;
  return {
    title: s.title,
    date: s.date,
    dateLong: formatLongDate(s.date),
    preheader: preheaderText(s),
    headline: s.headline,
    dek: s.dek,
    lead: s.lead ?? s.dek,
    bottomLine: s.bottomLine ?? null,
    keyFigures: s.keyFigures,
    charts: o.charts.map(({ cid, alt, caption, width, height }) => ({
      cid,
      alt,
      caption,
      width,
      height,
    })),
    links: o.siteUrl === null ? null : briefLinks(o.siteUrl, s.date),
    pdfName: pdfFileName(s.date),
    recipient: o.recipient,
    unsubscribe,
  };
}
