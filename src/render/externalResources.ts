/**
 * What a rendered page would fetch by itself: every resource it names (an image, a stylesheet, a
 * script, a frame, a CSS url() or @import, a meta refresh, a `<base>`) that is not inline (`data:`),
 * a fragment of the page (`#id`) or a part of the same email (`cid:`). A `--templates` folder is
 * untrusted: a brief or an email that fetched `http://tracker/pixel.gif` when a reader opened it
 * would reach the network through it (printing blocks requests, a reader's browser or mail
 * client does not). Links (`<a href>`) are not fetched, so they are not resources.
 */
import { BriefError } from '../errors.js';

/** Attributes whose URL a browser or mail client fetches on its own. */
const FETCHED = ['src', 'srcset', 'data', 'poster', 'background', 'lowsrc', 'dynsrc', 'longdesc'];
/** Elements whose `href` (or `xlink:href`) is fetched: stylesheets, icons, SVG images and uses. */
const HREF_FETCHED = new Set(['link', 'image', 'use', 'feimage', 'script', 'base']);

const TAG = /<([a-zA-Z][\w:-]*)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+))?/g;
const STYLE_BLOCK = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;
const CSS_URL = /url\(\s*("[^"]*"|'[^']*'|[^)]*)\s*\)|@import\s+("[^"]*"|'[^']*')/gi;

const NAMED: Readonly<Record<string, string>> = {
  colon: ':',
  sol: '/',
  period: '.',
  amp: '&',
  tab: '\t',
  newline: '\n',
};

/** Character references decoded (numeric and the few named ones a URL may hide behind). */
function decoded(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);?/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);?/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(
      /&(colon|sol|period|amp|tab|newline);/gi,
      (_, n: string) => NAMED[n.toLowerCase()] ?? '',
    );
}

const unquoted = (v: string) => v.replace(/^["']|["']$/g, '');

/** Whether `url` stays inside the page: inline data, a fragment, an email part, or nothing. */
export function staysInPage(url: string): boolean {
  const u = decoded(unquoted(url))
    .replace(/[\s\u0000-\u001f]+/g, '')
    .toLowerCase();
  return u === '' || u.startsWith('#') || u.startsWith('data:') || u.startsWith('cid:');
}

/**
 * The URLs of a srcset ("a.png 1x, b.png 2x"): its space-separated words without trailing commas,
 * less the descriptors ("2x", "480w"); a data: URL keeps its inner commas.
 */
const srcsetUrls = (v: string) =>
  v
    .split(/\s+/)
    .map((w) => w.replace(/^,+|,+$/g, ''))
    .filter((w) => w !== '' && !/^\d+(\.\d+)?[wxh]$/i.test(w));

/** What the CSS `css` fetches: url() and @import targets that leave the page. */
function cssFetches(css: string): string[] {
  return [...css.matchAll(CSS_URL)]
    .map((m) => (m[1] ?? m[2] ?? '').trim())
    .filter((u) => !staysInPage(u))
    .map((u) => `url(${unquoted(u)})`);
}

/** `<link rel>` values a browser does not fetch by itself (the feed, the canonical page). */
const LINK_NOT_FETCHED = new Set([
  'alternate',
  'canonical',
  'author',
  'license',
  'help',
  'next',
  'prev',
  'bookmark',
  'me',
]);

/** A `<link>` whose every rel is one that is not fetched (rel="alternate" for feed.xml). */
function linkNotFetched(attrs: string): boolean {
  const rel = /\brel\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+)/i.exec(attrs)?.[1];
  const words = unquoted(rel ?? '')
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean);
  return words.length > 0 && words.every((w) => LINK_NOT_FETCHED.has(w));
}

/** What one tag fetches, each as `<img src="...">`. */
function tagFetches(tag: string, attrs: string): string[] {
  const name = tag.toLowerCase();
  const out: string[] = [];
  if (name === 'link' && linkNotFetched(attrs)) return out;
  for (const m of attrs.matchAll(ATTR)) {
    const attr = (m[1] as string).toLowerCase();
    const value = unquoted(m[2] ?? '');
    const urls =
      attr === 'srcset'
        ? srcsetUrls(value)
        : FETCHED.includes(attr) ||
            ((attr === 'href' || attr === 'xlink:href') && HREF_FETCHED.has(name))
          ? [value]
          : [];
    for (const u of urls) if (!staysInPage(u)) out.push(`<${name} ${attr}="${u}">`);
    if (attr === 'style')
      out.push(...cssFetches(decoded(value)).map((x) => `<${name} style="${x}">`));
  }
  // A refresh to a page of the same site (latest.html to the newest brief) is a link followed
  // for the reader; to another site, it takes them there unasked.
  const refresh = /\bcontent\s*=\s*("[^"]*"|'[^']*')/i.exec(attrs)?.[1] ?? '';
  const target = /url\s*=\s*['"]?([^'";\s]*)/i.exec(decoded(unquoted(refresh)))?.[1] ?? '';
  if (
    name === 'meta' &&
    /http-equiv\s*=\s*["']?refresh/i.test(attrs) &&
    /^([a-z][a-z0-9+.-]*:|\/\/|\\)/i.test(target.trim())
  )
    out.push(`<meta http-equiv="refresh"> to ${target}`);
  return out;
}

/** Everything `html` would fetch from outside itself (empty for a self-contained page). */
export function externalResources(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(TAG)) out.push(...tagFetches(m[1] as string, m[2] ?? ''));
  for (const m of html.matchAll(STYLE_BLOCK)) out.push(...cssFetches(m[1] ?? ''));
  return out;
}

/**
 * Throws BriefError('template') when `html` (rendered from the templates in `templatesDir` as
 * `file`) would fetch anything from outside itself; names the first such resource.
 */
export function assertSelfContained(html: string, file: string, templatesDir: string): void {
  const found = externalResources(html);
  if (found.length === 0) return;
  const first = (found[0] as string).slice(0, 160);
  const more = found.length > 1 ? ` (and ${found.length - 1} more)` : '';
  throw new BriefError(
    'template',
    `${file} would load ${first}${more}: a reader's browser or mail client would fetch it`,
    `the templates in ${templatesDir} must keep every image, stylesheet and script inline (a data: URL); links (<a href>) are fine`,
  );
}
