import { describe, expect, it } from 'vitest';
import { BriefError } from '../../../src/errors.js';
import { DEFAULT_SITE_URL, resolveSiteUrl } from '../../../src/deliver/archive/siteUrl.js';

function usageError(value: string): BriefError {
  try {
    resolveSiteUrl(value);
  } catch (e) {
    if (e instanceof BriefError && e.kind === 'usage') return e;
    throw e;
  }
  throw new Error(`accepted ${value}`);
}

describe('resolveSiteUrl', () => {
  it('defaults to a reserved .invalid URL when unset or blank', () => {
    expect(resolveSiteUrl(undefined)).toBe(DEFAULT_SITE_URL);
    expect(resolveSiteUrl('  ')).toBe(DEFAULT_SITE_URL);
    expect(new URL(DEFAULT_SITE_URL).hostname.endsWith('.invalid')).toBe(true);
  });

  it('ends the path with a slash so relative paths stay under a sub-path', () => {
    expect(resolveSiteUrl('https://me.github.io/rotation-brief')).toBe(
      'https://me.github.io/rotation-brief/',
    );
    expect(resolveSiteUrl('https://me.github.io/rotation-brief/')).toBe(
      'https://me.github.io/rotation-brief/',
    );
    expect(resolveSiteUrl('http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080/');
  });

  it('rejects relative, non-http, query-carrying URLs', () => {
    expect(usageError('reports/').message).toMatch(
      /ROTATION_BRIEF_SITE_URL is not an absolute URL/,
    );
    expect(usageError('ftp://host/x/').message).toMatch(/http or https/);
    expect(usageError('https://host/x/?a=1').message).toMatch(/query or fragment/);
  });

  it('rejects credentials without echoing them', () => {
    const e = usageError('https://bob:hunter2@host.example/x/');
    expect(e.message).toMatch(/user name or password/);
    expect(`${e.message} ${e.hint}`).not.toMatch(/hunter2|bob/);
  });
});
