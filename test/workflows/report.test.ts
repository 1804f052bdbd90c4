/**
 * The daily workflow's last job (report.sh through its step in the YAML), with a stub `gh` and a
 * faked clock (a stub `date` pinned to one instant): a failed scheduled run opens one issue, or
 * comments on the open one, with the date and the error; closes not yet published fail only the
 * last retry of the day; a successful run with the archive current closes the issue.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runStep, sandbox, stub, type Sandbox } from './stepRunner.js';

// Tuesday 2026-08-25 02:45 UTC = Monday 2026-08-24 22:45 in New York (EDT)
const NOW = Date.parse('2026-08-25T02:45:00Z') / 1000;
const REAL_DATE = execFileSync('bash', ['-c', 'command -v date'], { encoding: 'utf8' }).trim();

function setup(): Sandbox {
  const sb = sandbox();
  stub(sb, 'date', `exec ${REAL_DATE} -d "@${NOW}" "$@"`);
  stub(
    sb,
    'gh',
    `echo "gh $*" >> "$RUNNER_TEMP/gh.log"
if [ "$1 $2" = "issue list" ]; then
  for n in \${GH_OPEN:-}; do echo "$n"; case "$*" in *'.[0]'*) break ;; esac; done
fi
while [ $# -gt 0 ]; do
  if [ "$1" = --body-file ]; then cp "$2" "$RUNNER_TEMP/issue-body.md"; fi
  shift
done`,
  );
  return sb;
}

const OK = 'build=success email=success publish=success deploy=success';
const PRIMARY = '37 21 * * 1-5';
const LAST = '43 2 * * 2-6';

function report(sb: Sandbox, env: Record<string, string>) {
  const r = runStep(sb, 'report', 'Verdict, and the failure issue', {
    GITHUB_EVENT_NAME: 'schedule',
    RUN_URL: 'https://github.example/o/r/actions/runs/1',
    RESULTS: OK,
    ...env,
  });
  const ghLog = path.join(sb.temp, 'gh.log');
  const body = path.join(sb.temp, 'issue-body.md');
  return {
    ...r,
    gh: existsSync(ghLog) ? readFileSync(ghLog, 'utf8') : '',
    body: existsSync(body) ? readFileSync(body, 'utf8') : '',
  };
}

describe('daily-brief.yml: the report job', () => {
  it('closes not published at the primary run: green, a warning, no issue touched', () => {
    const r = report(setup(), { SCHEDULE: PRIMARY, UNPUBLISHED: '2026-08-24' });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/::warning::closes of 2026-08-24 not published yet/);
    expect(r.gh).toBe('');
  });

  it('still not published at the last retry: red, and an issue with the date', () => {
    const r = report(setup(), { SCHEDULE: LAST, UNPUBLISHED: '2026-08-24' });
    expect(r.code).toBe(1);
    expect(r.gh).toMatch(/^gh label create brief-failure/m);
    expect(r.gh).toMatch(
      /^gh issue create --title The daily brief is failing --label brief-failure/m,
    );
    expect(r.body).toMatch(/failed\*\* on 2026-08-24 22:45 EDT \(2026-08-25 02:45 UTC\)/);
    expect(r.body).toMatch(/closes of 2026-08-24 were still not published/);
    expect(r.stdout).toMatch(/::error::daily brief: /);
  });

  it('a failed build with an issue already open: one comment on it, with the error', () => {
    const r = report(setup(), {
      SCHEDULE: PRIMARY,
      RESULTS: 'build=failure email=skipped publish=skipped deploy=skipped',
      ERRORS: 'brief: error: templates/brief.hbs:3: unknown helper\n\n',
      GH_OPEN: '7',
    });
    expect(r.code).toBe(1);
    expect(r.gh).toMatch(/^gh issue comment 7 --body-file /m);
    expect(r.gh).not.toMatch(/issue create/);
    expect(r.body).toMatch(/the build job ended in failure/);
    expect(r.body).toMatch(/brief: error: templates\/brief.hbs:3: unknown helper/);
    expect(r.summary).toMatch(/unknown helper/);
  });

  it('a success with the archive current closes every open failure issue', () => {
    const r = report(setup(), { SCHEDULE: LAST, GH_OPEN: '7 9', BUILT: '2026-08-24' });
    expect(r.code).toBe(0);
    expect(r.gh).toMatch(/^gh issue close 7 --comment Resolved: /m);
    expect(r.gh).toMatch(/^gh issue close 9 /m);
    expect(r.summary).toMatch(/built: 2026-08-24/);
  });

  it('a failed manual run is red but opens no issue (a person is watching it)', () => {
    const r = report(setup(), {
      GITHUB_EVENT_NAME: 'workflow_dispatch',
      RESULTS: 'build=failure email=skipped publish=skipped deploy=skipped',
    });
    expect(r.code).toBe(1);
    expect(r.gh).toBe('');
  });
});
