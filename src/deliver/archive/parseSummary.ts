/**
 * Validation of a brief's `summary.json` (written by renderBrief, schema
 * `rotation-brief/summary@1`) as the archive reads it back from disk.
 */
import * as z from 'zod';
import { BriefError } from '../../errors.js';

const keyFigure = z.object({
  label: z.string(),
  value: z.string(),
  detail: z.string(),
  tone: z.string(),
  /** The value's colour when the value is the signed figure (the YTD spread); absent before. */
  valueTone: z.enum(['up', 'down', 'flat']).optional(),
});

const summarySchema = z.object({
  schema: z.literal('rotation-brief/summary@1'),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD'),
  title: z.string().min(1),
  headline: z.string().min(1),
  dek: z.string(),
  keyFigures: z.array(keyFigure),
});

/** A validated summary.json. */
export type ArchivedSummary = z.infer<typeof summarySchema>;

/** One key figure of a summary. */
export type ArchivedKeyFigure = z.infer<typeof keyFigure>;

const firstLine = (s: string) => s.split('\n')[0] ?? s;

/**
 * Parse the text of a summary.json.
 *
 * @throws BriefError('data') naming `file` and the first bad field.
 */
export function parseSummary(text: string, file: string): ArchivedSummary {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new BriefError('data', `${file}: not valid JSON (${firstLine((e as Error).message)})`);
  }
  const result = summarySchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.join('.') || '(root)';
    throw new BriefError('data', `${file}: ${where}: ${firstLine(issue?.message ?? 'invalid')}`);
  }
  return result.data;
}
