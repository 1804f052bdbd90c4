#!/usr/bin/env bash
# The verdict of a run of the daily workflow, and the one GitHub issue that tracks failures.
#
# A run fails when a job failed, or when closes were still not published at the last scheduled
# retry (LAST_RETRY) or on a manual run. A failed scheduled run opens the issue labelled LABEL
# (or comments on the open one) with the date, the jobs' results and the error; a run that
# succeeds with the archive current closes it. The job summary gets the verdict either way.
#
# Environment: RESULTS ("build=success email=skipped ..."), UNPUBLISHED (sessions whose closes
# were missing), ERRORS (error lines of the failed jobs), BUILT, SENT, GITHUB_EVENT_NAME,
# SCHEDULE (the cron that started the run), LAST_RETRY, RUN_URL, LABEL (default brief-failure),
# and gh's GH_TOKEN and GH_REPO. Exits 1 when the run failed.
set -euo pipefail

label=${LABEL:-brief-failure}
event=${GITHUB_EVENT_NAME:-}
summary=${GITHUB_STEP_SUMMARY:-/dev/null}
problems=()

for r in ${RESULTS:-}; do
  case ${r#*=} in
    failure | cancelled) problems+=("the ${r%%=*} job ended in ${r#*=}") ;;
  esac
done
if [ -n "${UNPUBLISHED:-}" ]; then
  if [ "$event" != schedule ] || [ "${SCHEDULE:-}" = "${LAST_RETRY:-}" ]; then
    problems+=("the closes of ${UNPUBLISHED} were still not published (last attempt of the day)")
  else
    echo "::warning::closes of ${UNPUBLISHED} not published yet: the next scheduled run retries"
  fi
fi

now_ny=$(TZ=America/New_York date '+%Y-%m-%d %H:%M %Z')
now_utc=$(date -u '+%Y-%m-%d %H:%M UTC')
{
  echo "### Daily brief: ${#problems[@]} problem(s)"
  echo "- at ${now_ny} (${now_utc}), event ${event:-?} ${SCHEDULE:+(cron \`$SCHEDULE\`)}"
  echo "- built: ${BUILT:-nothing}; emailed: ${SENT:-nothing}; not published yet: ${UNPUBLISHED:-none}"
  echo "- jobs: ${RESULTS:-?}"
} >>"$summary"

if [ ${#problems[@]} -eq 0 ]; then
  if [ -z "${UNPUBLISHED:-}" ]; then
    for n in $(gh issue list --label "$label" --state open --json number --jq '.[].number'); do
      gh issue close "$n" --comment "Resolved: ${RUN_URL:-the latest run} succeeded at ${now_ny} and the archive is current."
      echo "report: closed issue #$n"
    done
  fi
  exit 0
fi

body=$(mktemp)
{
  echo "**The daily brief failed** on ${now_ny} (${now_utc}): ${RUN_URL:-(run URL unknown)}"
  echo
  for p in "${problems[@]}"; do echo "- ${p}"; done
  echo "- jobs: \`${RESULTS:-?}\`; built: ${BUILT:-nothing}; emailed: ${SENT:-nothing}"
  echo
  echo '```text'
  errors=$(sed '/^[[:space:]]*$/d' <<<"${ERRORS:-}")
  echo "${errors:-(no error line captured: see the log of the run)}"
  echo '```'
  echo
  echo 'How to recover: README, "Running it on GitHub". This issue closes itself at the next successful run.'
} >"$body"
if [ "$event" = schedule ]; then
  n=$(gh issue list --label "$label" --state open --json number --jq '.[0].number // empty')
  if [ -n "$n" ]; then
    gh issue comment "$n" --body-file "$body"
    echo "report: commented on issue #$n"
  else
    gh label create "$label" --color B60205 --description 'The scheduled daily brief failed' --force
    gh issue create --title 'The daily brief is failing' --label "$label" --body-file "$body"
  fi
fi
cat "$body" >>"$summary"
rm -f "$body"
echo "::error::daily brief: ${problems[*]}"
exit 1
