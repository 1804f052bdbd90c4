/**
 * The daily workflow's shell steps, taken from the YAML and run in a sandbox (stepRunner.ts)
 * with a stub `npm` standing in for the CLI: a failing brief fails its step (the pipe into tee
 * does not hide it), closes not yet published are passed on for a retry, the outputs the
 * other jobs read are right.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  loadWorkflow,
  runScript,
  runStep,
  sandbox,
  step,
  stub,
  type Sandbox,
} from './stepRunner.js';

/**
 * A stub npm: logs its arguments, then runs $STUB_CATCHUP, $STUB_DATE (brief --date), $STUB_FETCH,
 * $STUB_SEND or $STUB_LIST (send --pending --list) by what the CLI was asked; default exit 0.
 */
function npmStub(sb: Sandbox): void {
  stub(
    sb,
    'npm',
    `echo "npm $*" >> "$RUNNER_TEMP/npm.log"
case "$*" in
  *'send --pending --list'*) eval "\${STUB_LIST:-}" ;;
  *' send '*) eval "\${STUB_SEND:-}" ;;
  *' catch-up'*) eval "\${STUB_CATCHUP:-}" ;;
  *' fetch '*) eval "\${STUB_FETCH:-}" ;;
  *' --date '*) eval "\${STUB_DATE:-}" ;;
esac`,
  );
}

function setup(): Sandbox {
  const sb = sandbox();
  npmStub(sb);
  return sb;
}

/** A brief folder as the CLI writes it (only summary.json matters to stage.sh). */
const WRITE_BRIEF = (d: string) =>
  `mkdir -p reports/${d.slice(0, 4)}/${d} && echo '{}' > reports/${d.slice(0, 4)}/${d}/summary.json && echo 'Catch-up: built 1 session(s) (${d})'`;

const fetchFirst = (sb: Sandbox) => runStep(sb, 'build', 'Fetch the closes', { PROVIDER: 'yahoo' });

describe('daily-brief.yml: the build step', () => {
  it('a failing brief fails the step (exit 3), though its output is piped into tee', () => {
    const sb = setup();
    expect(fetchFirst(sb).code).toBe(0);
    const env = {
      STUB_CATCHUP: 'echo "brief: error: data/closes/RUT.csv:9: bad close" >&2; exit 3',
    };
    const r = runStep(sb, 'build', 'build', env);
    expect(r.code).toBe(3);
    expect(readFileSync(path.join(sb.dir, 'brief.log'), 'utf8')).toMatch(/bad close/);
    // The same script under GitHub's default shell (bash -e, no pipefail) went green: the bug.
    const wf = loadWorkflow('daily-brief.yml');
    expect(runScript(sb, step(wf, 'build', 'build').run as string, undefined, env).code).toBe(0);
  });

  it('a template error (6) and an internal error (1) fail it too', () => {
    for (const code of [6, 1]) {
      const sb = setup();
      fetchFirst(sb);
      expect(runStep(sb, 'build', 'build', { STUB_CATCHUP: `exit ${code}` }).code).toBe(code);
    }
  });

  it('a manual run with a weekend --date fails (exit 4)', () => {
    const sb = setup();
    fetchFirst(sb);
    const r = runStep(sb, 'build', 'build', {
      BRIEF_DATE: '2026-08-22',
      STUB_DATE:
        'echo "brief: error: 2026-08-22 is not a New York trading session (Saturday)" >&2; exit 4',
    });
    expect(r.code).toBe(4);
    expect(readFileSync(path.join(sb.temp, 'npm.log'), 'utf8')).toMatch(
      /npm run -s brief -- --date 2026-08-22/,
    );
  });

  it('closes not published yet: the built sessions go on, the missing ones are passed on', () => {
    const sb = setup();
    fetchFirst(sb);
    const r = runStep(sb, 'build', 'build', {
      STUB_CATCHUP: `${WRITE_BRIEF('2026-08-21')}; echo "brief: error: closes not published yet for 2026-08-24: the data ends before them" >&2; exit 3`,
    });
    expect(r.code).toBe(0);
    expect(r.outputs.built).toBe('2026-08-21');
    expect(r.outputs.unpublished).toBe('2026-08-24');
    expect(r.summary).toMatch(/closes not published yet: 2026-08-24/);
    expect(existsSync(path.join(sb.temp, 'stage/reports/2026/2026-08-21/summary.json'))).toBe(true);
  });

  it('builds: the new brief folders and data files are staged for the other jobs', () => {
    const sb = setup();
    const fetched = runStep(sb, 'build', 'Fetch the closes', {
      PROVIDER: 'stooq',
      ACCEPT_REVISIONS: 'true',
      STUB_FETCH: 'mkdir -p data/closes && echo "date,close" > data/closes/RUT.csv',
    });
    expect(fetched.code).toBe(0);
    expect(readFileSync(path.join(sb.temp, 'npm.log'), 'utf8')).toMatch(
      /npm run -s brief -- fetch --provider stooq --accept-revisions/,
    );
    const history = 'reports/history/calendar-years-2025-0123456789abcdef.json';
    const r = runStep(sb, 'build', 'build', {
      STUB_CATCHUP: `${WRITE_BRIEF('2026-08-20')}; ${WRITE_BRIEF('2026-08-21')}; mkdir -p reports/history && echo '{}' > ${history}`,
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.outputs).toMatchObject({ built: '2026-08-20 2026-08-21', unpublished: '' });
    // the history file the new briefs name goes along with them
    expect(readFileSync(path.join(sb.temp, 'stage', history), 'utf8')).toBe('{}\n');
    expect(r.outputs.base).toMatch(/^[0-9a-f]{40}$/);
    expect(readFileSync(path.join(sb.temp, 'stage/data/closes/RUT.csv'), 'utf8')).toBe(
      'date,close\n',
    );
    expect(r.summary).toMatch(/built: 2026-08-20 2026-08-21/);
  });

  it('a revision stops the fetch step, and the explanation says how to accept it', () => {
    const sb = setup();
    const r = runStep(sb, 'build', 'Fetch the closes', {
      PROVIDER: 'yahoo',
      STUB_FETCH:
        'echo "revision: RUT 2026-08-20 close 2992.43 -> 2990.1" >&2; echo "brief: error: 1 past close(s) revised by yahoo" >&2; exit 3',
    });
    expect(r.code).toBe(3);
    const explained = runStep(sb, 'build', 'explain');
    expect(explained.code).toBe(0);
    expect(explained.outputs.error).toMatch(/revision: RUT 2026-08-20/);
    expect(explained.outputs.error).toMatch(/Run workflow with accept-revisions/);
    expect(explained.summary).toMatch(/brief: error: 1 past close\(s\) revised/);
  });
});

describe('daily-brief.yml: the email and publish steps', () => {
  it('a failed send fails the step, and the sessions sent before it are kept', () => {
    const sb = setup();
    const r = runStep(sb, 'email', 'send', {
      STUB_SEND:
        'mkdir -p reports/sent && echo "{}" > reports/sent/2026-08-20.json; echo "brief: error: SMTP refused" >&2; exit 8',
    });
    expect(r.code).toBe(8);
    expect(r.outputs.sent).toBe('2026-08-20');
    expect(existsSync(path.join(sb.temp, 'sent/reports/sent/2026-08-20.json'))).toBe(true);
  });

  it('a failed push fails the publish step', () => {
    const sb = setup();
    const script = path.join(sb.dir, '.github/scripts/publish.sh');
    writeFileSync(script, 'echo "::error::publish: could not push" >&2; exit 1\n');
    mkdirSync(path.join(sb.temp, 'stage'));
    const r = runStep(sb, 'publish', 'Commit and push', { BASE: 'HEAD' });
    expect(r.code).toBe(1);
  });
});
