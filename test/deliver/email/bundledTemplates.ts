/**
 * The bundled email templates (templates/email/summary.hbs and summary.txt.hbs), read once for
 * the tests that compose a message from them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { EmailTemplates } from '../../../src/deliver/email/emailTemplates.js';
import { REPO } from '../../helpers/cliHarness.js';

const file = (name: string) => path.join(REPO, 'templates/email', name);

export const BUNDLED_TEMPLATES: EmailTemplates = {
  html: { file: file('summary.hbs'), source: readFileSync(file('summary.hbs'), 'utf8') },
  text: { file: file('summary.txt.hbs'), source: readFileSync(file('summary.txt.hbs'), 'utf8') },
};
