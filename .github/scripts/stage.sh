#!/usr/bin/env bash
# Moves a run's outputs between the jobs of .github/workflows/daily-brief.yml. A stage is a folder
# laid out like the repository: whole brief folders (reports/YYYY/YYYY-MM-DD/), email records
# (reports/sent/YYYY-MM-DD.json) and data files (data/...). Run from the repository's root.
#
#   stage.sh collect STAGE MARKER   copy into STAGE what was written after MARKER was touched;
#                                   prints "brief DATE", "sent DATE", "history NAME" or
#                                   "data PATH", one a line
#   stage.sh apply STAGE            lay STAGE over the work tree: a brief folder replaces the
#                                   folder of its date whole, any other file is copied over
#   stage.sh dates STAGE            the dates of the brief folders in STAGE, oldest first
set -euo pipefail

brief_re='^reports/[0-9]{4}/[0-9]{4}-[0-9]{2}-[0-9]{2}$'

# A brief folder, as hard links when on the same disk (nothing edits a brief's files in place:
# every writer replaces them), else copied: a whole-history stage does not need the disk twice.
copy_tree() {
  cp -R -l "$1" "$2" 2>/dev/null || { rm -rf "$2" && cp -R "$1" "$2"; }
}

collect() {
  local stage=$1 marker=$2 list f dir
  [ -f "$marker" ] || { echo "stage.sh: no marker file $marker" >&2; return 1; }
  mkdir -p "$stage"
  list=$(mktemp)
  if [ -d reports ]; then
    find reports -mindepth 3 -maxdepth 3 -name summary.json -newer "$marker" | sort >"$list"
  fi
  while IFS= read -r f; do
    dir=${f%/summary.json}
    grep -Eq "$brief_re" <<<"$dir" || continue
    mkdir -p "$stage/${dir%/*}"
    rm -rf "${stage:?}/$dir"
    copy_tree "$dir" "$stage/$dir"
    echo "brief ${dir##*/}"
  done <"$list"
  : >"$list"
  for top in data reports/sent reports/history; do
    if [ -d "$top" ]; then find "$top" -type f -newer "$marker" | sort >>"$list"; fi
  done
  while IFS= read -r f; do
    mkdir -p "$stage/${f%/*}"
    cp "$f" "$stage/$f"
    case $f in
      reports/sent/*.json) f=${f##*/} && echo "sent ${f%.json}" ;;
      reports/history/*) echo "history ${f##*/}" ;;
      *) echo "data $f" ;;
    esac
  done <"$list"
  rm -f "$list"
}

dates() {
  local stage=$1
  [ -d "$stage/reports" ] || return 0
  (cd "$stage" && find reports -mindepth 2 -maxdepth 2 -type d) | grep -E "$brief_re" |
    sed 's#.*/##' | sort || true
}

apply() {
  local stage d f list
  stage=$(cd "$1" && pwd)
  for d in $(dates "$stage"); do
    rm -rf "reports/${d:0:4}/$d"
    mkdir -p "reports/${d:0:4}"
    copy_tree "$stage/reports/${d:0:4}/$d" "reports/${d:0:4}/$d"
  done
  list=$(mktemp)
  (cd "$stage" && find . -type f ! -path './reports/[0-9][0-9][0-9][0-9]/*') | sort >"$list"
  while IFS= read -r f; do
    f=${f#./}
    mkdir -p "$(dirname "$f")"
    cp "$stage/$f" "$f"
  done <"$list"
  rm -f "$list"
}

usage() {
  echo "usage: stage.sh collect STAGE MARKER | apply STAGE | dates STAGE" >&2
  exit 2
}

case "${1:-}:$#" in
  collect:3) collect "$2" "$3" ;;
  apply:2) apply "$2" ;;
  dates:2) dates "$2" ;;
  *) usage ;;
esac
