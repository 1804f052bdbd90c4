#!/usr/bin/env bash
# After a failed step of the daily workflow: the error lines of LOG (the CLI's "brief: error:"
# and "hint:" lines, revised closes, ::error:: annotations) as the step output `error` and in
# the job summary, with what to do about a revision.
#   explain.sh LOG...
set -euo pipefail

log=$(cat -- "$@" 2>/dev/null || true)
lines=$(grep -E '^(brief: (internal )?error|  hint:|revision:|::error::)' <<<"$log" | tail -n 12 || true)
if [ -z "$lines" ]; then lines='(no error line in the log: see the log of the failed step)'; fi
if grep -q '^revision:' <<<"$log"; then
  lines+=$'\n'"A provider revised past closes. After checking them: Actions > Daily brief > Run workflow with accept-revisions (or provider: stooq, whose closes may agree with the file)."
fi
{
  echo 'error<<EXPLAIN_EOF'
  echo "$lines"
  echo 'EXPLAIN_EOF'
} >>"$GITHUB_OUTPUT"
{
  echo '#### Failure'
  echo '```text'
  echo "$lines"
  echo '```'
} >>"$GITHUB_STEP_SUMMARY"
