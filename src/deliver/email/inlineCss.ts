/**
 * CSS inlining for the HTML body: many mail clients drop `<style>` blocks, so every rule is
 * moved into `style=""` attributes by juice and the `<style>` blocks are removed.
 */
import juice from 'juice';
import { BriefError } from '../../errors.js';

/**
 * `html` with its `<style>` rules inlined and the `<style>` blocks removed. No resource is
 * fetched (juice's synchronous mode reads only the document).
 *
 * @throws BriefError('template') naming `file` when a rule cannot be inlined (a media query,
 *   @font-face, :hover or similar would be left in a `<style>` block).
 */
export function inlineCss(html: string, file: string): string {
  const out = juice(html, {
    removeStyleTags: true,
    // Rules juice cannot inline are kept (not silently dropped), so the check below names them.
    preserveMediaQueries: true,
    preserveFontFaces: true,
    preserveKeyFrames: true,
    preservePseudos: true,
    applyWidthAttributes: true,
    // `height: auto` on an image would become height="auto"; the templates set heights in HTML.
    applyHeightAttributes: false,
    applyAttributesTableElements: true,
  });
  if (/<style[\s>]/i.test(out)) {
    throw new BriefError(
      'template',
      `${file}: a <style> rule could not be inlined`,
      'email templates may use plain selectors only (no @media, @font-face or pseudo-classes)',
    );
  }
  return out;
}
