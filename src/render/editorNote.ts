/**
 * The editor's commentary for a date: `data/notes/YYYY-MM-DD.md`, Markdown with YAML front matter
 * (title, author, sources). Handlebars expressions in the body cite computed figures from
 * stats.json (`{{pct series.RUT.day}}`), in strict mode: an unknown figure fails with the file and
 * line. Raw HTML is refused (a note can never inject markup or script into a brief).
 */
import Handlebars from 'handlebars';
import { Marked, type Token } from 'marked';
import * as z from 'zod';
import { BriefError } from '../errors.js';
import { registerHelpers } from './helpers.js';
import { firstNoteProblem, NOTE_HELPERS } from './noteExpressions.js';
import { noteError, parseNoteFrontMatter } from './noteFrontMatter.js';

export interface EditorNote {
  readonly title: string;
  readonly author: string | null;
  readonly sources: readonly string[];
  /** The rendered body (HTML from Markdown, with no raw HTML allowed). */
  readonly html: string;
}

const frontMatter = z.object({
  title: z.string().min(1),
  author: z.string().min(1).optional(),
  sources: z.array(z.string().min(1)).optional(),
});

function parseFront(text: string, file: string) {
  const { data, body, offset } = parseNoteFrontMatter(text, file);
  const fm = frontMatter.safeParse(data);
  if (!fm.success) {
    const issue = fm.error.issues[0];
    throw noteError(
      file,
      1,
      `front matter: ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`,
    );
  }
  return { data: fm.data, body, offset };
}

/**
 * Fill the figures into a note's body. The body is checked first (noteExpressions.ts): only
 * figure paths and the formatting helpers, own properties only. An unavailable figure renders
 * as the text "n/a" (a note's output must pass the raw-HTML guard below).
 */
function fillFigures(body: string, figures: object, file: string, offset: number): string {
  const refused = firstNoteProblem(body, figures);
  if (refused) throw noteError(file, refused.line ? refused.line + offset : null, refused.problem);
  const hb = Handlebars.create();
  registerHelpers(hb, 'text');
  try {
    const knownHelpers = Object.fromEntries([...NOTE_HELPERS].map((h) => [h, true]));
    return hb.compile(body, { strict: true, knownHelpers, knownHelpersOnly: true })(figures);
  } catch (e) {
    if (e instanceof BriefError) throw e;
    const m = (e as Error).message;
    const line = Number(/- (\d+):\d+$/.exec(m)?.[1] ?? 0);
    const problem = (m.split('\n')[0] ?? m).replace(/ - \d+:\d+$/, '');
    throw noteError(file, line ? line + offset : null, problem);
  }
}

function lineOf(source: string, raw: string, offset: number): number | null {
  const at = source.indexOf(raw);
  return at >= 0 ? source.slice(0, at).split('\n').length + offset : null;
}

/** Links may be http(s), mailto or relative; images only data: URLs (no request while printing). */
function safeUrl(href: string, type: 'link' | 'image'): boolean {
  // As a browser reads it: C0 controls and spaces around, tabs and newlines anywhere, are dropped.
  const h = href.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$|[\t\n\r]/g, '').toLowerCase();
  if (type === 'image') return h.startsWith('data:image/');
  if (/^(https?|mailto):/.test(h)) return true;
  // Relative: no scheme. marked leaves character references (`&#106;avascript:`, `javascript&colon;`)
  // in the href for the browser to decode, so an `&` before the first / ? # is refused as well.
  const head = /^[^/?#]*/.exec(h)?.[0] ?? '';
  return !head.includes(':') && !head.includes('&');
}

function refuseHtml(tokens: Token[], source: string, file: string, offset: number): void {
  const parser = new Marked();
  parser.walkTokens(tokens, (t) => {
    if ((t.type === 'link' || t.type === 'image') && !safeUrl(t.href, t.type)) {
      throw noteError(
        file,
        lineOf(source, t.raw, offset),
        `${t.type} to ${t.href.slice(0, 60)} is not allowed in notes (${t.type === 'image' ? 'a brief is self-contained: no external images' : 'only http(s), mailto and relative links'})`,
      );
    }
    if (t.type === 'html') {
      throw noteError(
        file,
        lineOf(source, t.raw, offset),
        `raw HTML is not allowed in notes: ${t.raw.trim().slice(0, 40)}`,
      );
    }
  });
}

/** Parse and render a note. `figures` is what expressions may cite (the brief's stats). */
export function renderEditorNote(text: string, file: string, figures: object): EditorNote {
  const { data, body, offset } = parseFront(text, file);
  const filled = fillFigures(body, figures, file, offset);
  const md = new Marked({ async: false, gfm: true });
  const tokens = md.lexer(filled);
  refuseHtml(tokens, filled, file, offset);
  return {
    title: data.title,
    author: data.author ?? null,
    sources: data.sources ?? [],
    html: md.parser(tokens),
  };
}
