#!/usr/bin/env bash
# Commits a run's outputs to the branch and pushes them, surviving races with other pushes.
#
#   publish.sh STAGE BASE
#     STAGE  the run's outputs (see stage.sh): brief folders, email records, data files
#     BASE   the commit the run built from
#
# Each attempt starts from the remote branch as it is now (fetch + reset, never a rebase, so
# generated files cannot conflict): lay STAGE over it, remove the PDFs (kept in the yearly
# releases, not in git), rebuild the archive index, year pages, manifests and feed from the briefs
# that are there (`brief index`, linking the PDFs to the releases), commit, push. A rejected push (someone
# pushed first) starts the next attempt. A data file that changed on the branch since BASE, and
# differs from this run's, is not overwritten: that needs a person (exit 1, file named).
#
# Environment: PUBLISH_BRANCH (default: the current branch), PUBLISH_REMOTE (origin),
# PUBLISH_ATTEMPTS (5), PUBLISH_WAIT (seconds, times the attempt number; 10),
# BRIEF (the command running the CLI; default "npm run -s brief --"), ROTATION_BRIEF_RELEASES_URL.
set -euo pipefail

[ $# -eq 2 ] || { echo "usage: publish.sh STAGE BASE" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
stage=$(cd "$1" && pwd)
base=$2
remote=${PUBLISH_REMOTE:-origin}
branch=${PUBLISH_BRANCH:-$(git rev-parse --abbrev-ref HEAD)}
attempts=${PUBLISH_ATTEMPTS:-5}
wait=${PUBLISH_WAIT:-10}
read -r -a brief <<<"${BRIEF:-npm run -s brief --}"

mapfile -t dates < <(bash "$here/stage.sh" dates "$stage")
if [ ${#dates[@]} -gt 5 ]; then
  message="Briefs ${dates[0]}..${dates[${#dates[@]} - 1]} (${#dates[@]} sessions)"
elif [ ${#dates[@]} -gt 0 ]; then
  message="Brief ${dates[*]}"
else
  message="Email records"
fi

# Refuse to overwrite a data file that someone changed on the branch since BASE.
check_data() {
  local f files conflict=''
  [ -d "$stage/data" ] || return 0
  files=$(cd "$stage" && find data -type f | sort)
  while IFS= read -r f; do
    [ -n "$f" ] || continue
    if ! git diff --quiet "$base" HEAD -- "$f" && ! cmp -s "$stage/$f" "$f"; then conflict=$f; fi
  done <<<"$files"
  if [ -n "$conflict" ]; then
    echo "::error::publish: $conflict changed on $branch since $base and differs from this run's copy: not overwriting it. Re-run the workflow (it fetches on top of the new file)." >&2
    return 1
  fi
}

# PDFs are kept in the yearly releases (release.sh uploads them first), never in git: they are
# removed from the tree, so a repository that tracked them stops tracking them.
strip_pdfs() {
  [ -d reports ] || return 0
  find reports -mindepth 3 -maxdepth 3 -path 'reports/[0-9][0-9][0-9][0-9]/*' -name brief.pdf -delete
}

for ((attempt = 1; attempt <= attempts; attempt++)); do
  git fetch --quiet "$remote" "$branch"
  git reset --quiet --hard FETCH_HEAD
  check_data
  bash "$here/stage.sh" apply "$stage"
  strip_pdfs
  "${brief[@]}" index
  git add -A -f -- data reports
  if git diff --cached --quiet; then
    echo "publish: nothing new to publish on $branch"
    exit 0
  fi
  git commit --quiet -m "$message"
  if git push --quiet "$remote" "HEAD:refs/heads/$branch"; then
    echo "publish: pushed $(git rev-parse --short HEAD) ($message) to $branch on attempt $attempt"
    exit 0
  fi
  echo "publish: push rejected on attempt $attempt of $attempts (the branch moved); starting again from the remote" >&2
  if [ "$attempt" -lt "$attempts" ]; then sleep $((wait * attempt)); fi
done
echo "::error::publish: could not push to $branch after $attempts attempts" >&2
exit 1
