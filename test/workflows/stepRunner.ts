/**
 * Running a workflow's `run:` steps the way a GitHub-hosted Linux runner does, in a sandbox: the
 * step's script from the YAML, under the shell GitHub would pick (docs: "Default shells":
 * unspecified is `bash -e {0}`, `shell: bash` is `bash --noprofile --norc -eo pipefail {0}`),
 * with GITHUB_OUTPUT, GITHUB_ENV and GITHUB_STEP_SUMMARY files, RUNNER_TEMP, and stub commands
 * (npm, gh, date, ...) first on PATH. Expressions `${{ }}` are not evaluated: run scripts take
 * their inputs from `env:` (a test asserts there are none in scripts), which the test sets.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { REPO } from '../helpers/cliHarness.js';

export interface Step {
  readonly name?: string;
  readonly id?: string;
  readonly run?: string;
  readonly uses?: string;
  readonly shell?: string;
  readonly with?: Record<string, unknown>;
  readonly env?: Record<string, string>;
}
interface RunDefaults {
  readonly defaults?: { readonly run?: { readonly shell?: string } };
}
export interface Job extends RunDefaults {
  readonly steps: Step[];
  readonly permissions?: Record<string, string>;
  readonly needs?: string | string[];
  readonly if?: string;
  readonly outputs?: Record<string, string>;
}
export interface Workflow extends RunDefaults {
  readonly on: Record<string, unknown>;
  readonly env?: Record<string, string>;
  readonly permissions?: Record<string, string>;
  readonly jobs: Record<string, Job>;
}

export const WORKFLOWS = path.join(REPO, '.github/workflows');

export function loadWorkflow(file: string): Workflow {
  return parse(readFileSync(path.join(WORKFLOWS, file), 'utf8')) as Workflow;
}

/** The step of `job` whose name or id is `key`. */
export function step(wf: Workflow, job: string, key: string): Step {
  const s = wf.jobs[job]?.steps.find((x) => x.name === key || x.id === key);
  if (!s?.run) throw new Error(`no run step "${key}" in job ${job}`);
  return s;
}

/** The shell GitHub uses for a run step: the step's, else the job's default, else the workflow's. */
export function shellOf(wf: Workflow, job: string, s: Step): string | undefined {
  return s.shell ?? wf.jobs[job]?.defaults?.run?.shell ?? wf.defaults?.run?.shell;
}

/** argv of GitHub's shell for a script file. */
export function shellArgv(shell: string | undefined, file: string): string[] {
  if (shell === undefined) return ['bash', '-e', file];
  if (shell === 'bash') return ['bash', '--noprofile', '--norc', '-eo', 'pipefail', file];
  throw new Error(`shell ${shell} is not supported by this runner`);
}

export interface Sandbox {
  /** The work folder: a git repository holding a copy of .github/scripts. */
  readonly dir: string;
  readonly temp: string;
  readonly bin: string;
}

/** A sandbox checkout: a git repository with one commit and the workflow's scripts. */
export function sandbox(): Sandbox {
  const root = mkdtempSync(path.join(tmpdir(), 'workflow-step-'));
  const dir = path.join(root, 'work');
  const temp = path.join(root, 'runner-temp');
  const bin = path.join(root, 'bin');
  for (const d of [dir, temp, bin]) mkdirSync(d, { recursive: true });
  cpSync(path.join(REPO, '.github/scripts'), path.join(dir, '.github/scripts'), {
    recursive: true,
  });
  git(dir, ['init', '-q', '-b', 'main']);
  git(dir, ['add', '.']);
  git(dir, ['commit', '-q', '-m', 'checkout']);
  return { dir, temp, bin };
}

export function git(cwd: string, args: string[]): string {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...GIT_ENV } });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

export const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.org',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.org',
  GIT_CONFIG_NOSYSTEM: '1',
};

/** Put an executable `name` (a bash script body) on the sandbox's PATH. */
export function stub(sb: Sandbox, name: string, body: string): void {
  const file = path.join(sb.bin, name);
  writeFileSync(file, `#!/usr/bin/env bash\n${body}\n`);
  chmodSync(file, 0o755);
}

export interface StepResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** GITHUB_OUTPUT, parsed (name=value and name<<DELIMITER forms). */
  readonly outputs: Record<string, string>;
  readonly summary: string;
  readonly githubEnv: string;
}

function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const heredoc = /^([\w-]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2] as string, i + 1);
      out[heredoc[1] as string] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (line.includes('=')) {
      out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return out;
}

/** Run `script` under `shell` in the sandbox with `env` (plus the GITHUB_* files). */
export function runScript(
  sb: Sandbox,
  script: string,
  shell: string | undefined,
  env: Record<string, string> = {},
): StepResult {
  const n = mkdtempSync(path.join(sb.temp, 'step-'));
  const files = {
    GITHUB_OUTPUT: path.join(n, 'output'),
    GITHUB_ENV: path.join(n, 'env'),
    GITHUB_STEP_SUMMARY: path.join(n, 'summary'),
  };
  for (const f of Object.values(files)) writeFileSync(f, '');
  const file = path.join(n, 'step.sh');
  writeFileSync(file, script);
  const [cmd, ...args] = shellArgv(shell, file) as [string, ...string[]];
  const r = spawnSync(cmd, args, {
    cwd: sb.dir,
    encoding: 'utf8',
    env: {
      PATH: `${sb.bin}:${process.env.PATH ?? ''}`,
      HOME: process.env.HOME ?? '/tmp',
      ROTATION_BRIEF_CACHE: 'off', // no parsed-series cache in the user's home from tests
      RUNNER_TEMP: sb.temp,
      GITHUB_ACTIONS: 'true',
      ...GIT_ENV,
      ...files,
      ...env,
    },
  });
  return {
    code: r.status ?? -1,
    stdout: r.stdout,
    stderr: r.stderr,
    outputs: parseOutputs(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    githubEnv: readFileSync(files.GITHUB_ENV, 'utf8'),
  };
}

/** Run step `key` of `job` from daily-brief.yml (or `file`) as GitHub would. */
export function runStep(
  sb: Sandbox,
  job: string,
  key: string,
  env: Record<string, string> = {},
  file = 'daily-brief.yml',
): StepResult {
  const wf = loadWorkflow(file);
  const s = step(wf, job, key);
  return runScript(sb, s.run as string, shellOf(wf, job, s), { ...wf.env, ...env });
}
