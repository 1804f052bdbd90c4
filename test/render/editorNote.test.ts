import { describe, expect, it } from 'vitest';
import { renderEditorNote } from '../../src/render/editorNote.js';

const figures = {
  series: {
    RUT: {
      day: { value: 0.0076, from: '2026-01-21', to: '2026-01-22', sessions: 1 },
      close: 2718.77,
    },
  },
  pairs: [{ streak: { current: 14 } }],
};
const note = (body: string) =>
  `---\ntitle: Test note\nauthor: Desk\nsources:\n  - stats.json\n---\n${body}`;

describe('renderEditorNote', () => {
  it('renders front matter and cites figures through the helpers', () => {
    const n = renderEditorNote(
      note(
        'RUT rose {{pct series.RUT.day}} to {{num series.RUT.close}}, **{{pairs.0.streak.current}} sessions**.\n',
      ),
      'notes/x.md',
      figures,
    );
    expect(n).toMatchObject({ title: 'Test note', author: 'Desk', sources: ['stats.json'] });
    expect(n.html).toBe('<p>RUT rose +0.76% to 2,718.77, <strong>14 sessions</strong>.</p>\n');
  });
  it('an unknown figure fails with the file and its line (front matter counted)', () => {
    // front matter is lines 1-6; the body's second line is line 8
    expect(() =>
      renderEditorNote(
        note('First line.\nRUT {{pct series.RUT.week}}\n'),
        'data/notes/2026-01-22.md',
        figures,
      ),
    ).toThrow('data/notes/2026-01-22.md:8: unknown figure "series.RUT.week"');
  });
  it('an unknown top-level name fails in strict mode too', () => {
    expect(() => renderEditorNote(note('{{serie.RUT.close}}\n'), 'n.md', figures)).toThrow(
      /n\.md:7: unknown figure "serie\.RUT\.close"/,
    );
  });
  it('refuses raw HTML, naming the line', () => {
    expect(() =>
      renderEditorNote(note('Fine.\n\n<script>alert(1)</script>\n'), 'n.md', figures),
    ).toThrow(/n\.md:9: raw HTML is not allowed in notes: <script>/);
    expect(() =>
      renderEditorNote(note('An <img src=x onerror=alert(1)> inline.\n'), 'n.md', figures),
    ).toThrow(/raw HTML is not allowed/);
  });
  it('refuses javascript: links and external images', () => {
    expect(() => renderEditorNote(note('[click](javascript:alert(1))\n'), 'n.md', figures)).toThrow(
      /link to javascript:alert\(1\) is not allowed/,
    );
    expect(() =>
      renderEditorNote(note('![x](https://example.com/x.png)\n'), 'n.md', figures),
    ).toThrow(/no external images/);
    expect(
      renderEditorNote(note('[source](https://example.com/a)\n'), 'n.md', figures).html,
    ).toContain('href="https://example.com/a"');
  });
  it('escapes figure text rather than injecting it', () => {
    const evil = { name: '<b onmouseover=x>' };
    expect(renderEditorNote(note('Name: {{name}}\n'), 'n.md', evil).html).toBe(
      '<p>Name: &lt;b onmouseover=x&gt;</p>\n',
    );
  });
  it('front matter must have a title', () => {
    expect(() => renderEditorNote('---\nauthor: x\n---\nbody\n', 'n.md', figures)).toThrow(
      /n\.md:1: front matter: title/,
    );
  });
});
