#!/usr/bin/env bash
# The steps of .github/workflows/backfill.yml (building the whole history on a matrix of
# runners), one subcommand each. Run from the repository's root.
#
#   backfill.sh plan       check the inputs (FROM, TO, SHARDS, PDF); outputs from, to, shards (at
#                          most one a session), pdf and matrix ([1,...,shards]). TO stops at the newest session the daily run
#                          has emailed (else the archive's newest brief): later ones are the daily
#                          run's, so no backfilled session is ever emailed. Empty TO: that date, or
#                          the end of the data for an empty archive.
#   backfill.sh shard      build shard SHARD/SHARDS of FROM..TO into $RUNNER_TEMP/shard/reports,
#                          move its PDFs to $RUNNER_TEMP/pdfs/reports (uploaded separately), and
#                          record the shard's sessions, seconds and bytes in $RUNNER_TEMP/shard/
#   backfill.sh stage ARCHIVE STAGE   hard-link (else copy) every brief folder of ARCHIVE from FROM
#                          to TO, and its history/ (the files their stats.json name), into
#                          STAGE/reports/ (for publish.sh; briefs the merge kept are
#                          unchanged, so they commit nothing); prints how many
#   backfill.sh report DIR ARCHIVE   the Markdown table of the shards downloaded under DIR
#                          (DIR/*/shard-N.txt) and the size of ARCHIVE (a reports folder)
#   backfill.sh publish STAGE BASE   commit and push STAGE (publish.sh) one year at a time, so no
#                          push carries more than a year of briefs
#
# Environment: BRIEF (default "npm run -s brief --"), JOBS (briefs printing at once in a shard).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
read -r -a brief <<<"${BRIEF:-npm run -s brief --}"
date_re='^[0-9]{4}-[0-9]{2}-[0-9]{2}$'

fail() {
  echo "::error::backfill: $*" >&2
  exit 1
}

newest() { sort | tail -n 1; }

plan() {
  local from=${FROM:-} to=${TO:-} shards=${SHARDS:-20} pdf=${PDF:-yes} sent briefs limit count
  [[ $from =~ $date_re ]] || fail "from must be YYYY-MM-DD, got '$from'"
  [[ -z $to || $to =~ $date_re ]] || fail "to must be YYYY-MM-DD or empty, got '$to'"
  if ! [[ $shards =~ ^[0-9]+$ ]] || ((shards < 1 || shards > 256)); then
    fail "shards must be a number from 1 to 256 (a matrix runs at most 256 jobs), got '$shards'"
  fi
  [[ $pdf == yes || $pdf == no ]] || fail "pdf must be yes or no, got '$pdf'"
  sent=$(find reports/sent -maxdepth 1 -name '*.json' -printf '%f\n' 2>/dev/null |
    sed -En 's/^([0-9]{4}-[0-9]{2}-[0-9]{2})\.json$/\1/p' | newest || true)
  briefs=$(find reports -mindepth 2 -maxdepth 2 -type d -printf '%f\n' 2>/dev/null |
    grep -E "$date_re" | newest || true)
  limit=${sent:-$briefs}
  if [[ -z $to ]]; then
    to=${limit:-2099-12-31} # 2099-12-31: the end of the data (backfill stops there)
  elif [[ -n $limit && $to > $limit ]]; then
    fail "to $to is after $limit, the newest session ${sent:+emailed}${sent:-in the archive}: later sessions are the daily run's (it builds and emails them). Backfill up to $limit."
  fi
  [[ ! $from > $to ]] || fail "from $from is after to $to"
  # Never more runners than sessions (a shard with none would fail): count them in the small-cap
  # index's file, the series a backfill takes its sessions from.
  count=$(awk -F, -v from="$from" -v to="$to" 'NR > 1 && $1 >= from && $1 <= to' \
    "data/closes/$(jq -r .indices.smallCap.symbol data/universe.json).csv" | wc -l)
  ((count > 0)) || fail "no session in the data between $from and $to"
  if ((shards > count)); then shards=$count; fi
  {
    echo "from=$from"
    echo "to=$to"
    echo "shards=$shards"
    echo "pdf=$pdf"
    echo "matrix=[$(seq -s, 1 "$shards")]"
  } >>"$GITHUB_OUTPUT"
  echo "backfill: $from..$to, $count session(s) in the data, on $shards runner(s), PDFs: $pdf"
}

shard() {
  local out=$RUNNER_TEMP/shard start seconds built f rel args
  rm -rf "$out" "$RUNNER_TEMP/pdfs"
  mkdir -p "$out" "$RUNNER_TEMP/pdfs/reports"
  args=(backfill --from "$FROM" --to "$TO" --shard "$SHARD/$SHARDS" --out "$out/reports")
  if [ "$PDF" = no ]; then args+=(--no-pdf); fi
  if [ -n "${JOBS:-}" ]; then args+=(--jobs "$JOBS"); fi
  start=$(date +%s)
  "${brief[@]}" "${args[@]}" 2>&1 | tee "$out/backfill.log"
  seconds=$(($(date +%s) - start))
  built=$(sed -En 's/^Backfill: ([0-9]+) built.*/\1/p' "$out/backfill.log" | tail -n 1)
  # The PDFs travel apart: they go to the releases, the rest to the repository.
  while IFS= read -r f; do
    rel=${f#"$out/"}
    mkdir -p "$RUNNER_TEMP/pdfs/${rel%/brief.pdf}"
    mv "$f" "$RUNNER_TEMP/pdfs/$rel"
  done < <(find "$out/reports" -mindepth 3 -maxdepth 3 -name brief.pdf | sort)
  printf 'shard=%s sessions=%s seconds=%s text_bytes=%s pdf_bytes=%s\n' "$SHARD" "${built:-0}" \
    "$seconds" "$(du -sb "$out/reports" | cut -f1)" "$(du -sb "$RUNNER_TEMP/pdfs" | cut -f1)" \
    >"$out/shard-$SHARD.txt"
  cat "$out/shard-$SHARD.txt"
}

stage() {
  local archive=$1 stage=$2 d n=0
  while IFS= read -r d; do
    if [[ $d < $FROM || $d > $TO ]]; then continue; fi
    mkdir -p "$stage/reports/${d:0:4}"
    cp -R -l "$archive/${d:0:4}/$d" "$stage/reports/${d:0:4}/$d" 2>/dev/null ||
      cp -R "$archive/${d:0:4}/$d" "$stage/reports/${d:0:4}/$d"
    n=$((n + 1))
  done < <(find "$archive" -mindepth 2 -maxdepth 2 -type d -printf '%f\n' | grep -E "$date_re" | sort)
  # The history files the briefs' stats.json name (shared, named by content: never replaced).
  if [ -d "$archive/history" ]; then
    rm -rf "$stage/reports/history"
    cp -R -l "$archive/history" "$stage/reports/history" 2>/dev/null ||
      cp -R "$archive/history" "$stage/reports/history"
  fi
  echo "$n"
}

mb() { awk -v b="$1" 'BEGIN { printf "%.1f MB", b / 1048576 }'; }

report() {
  local dir=$1 archive=$2 f n=0 sessions=0 pdf=0 max=0 line
  echo '| shard | sessions built | time | HTML/JSON | PDFs |'
  echo '| ---: | ---: | ---: | ---: | ---: |'
  while IFS= read -r f; do
    line=$(cat "$f")
    declare -A v=()
    for kv in $line; do v[${kv%%=*}]=${kv#*=}; done
    echo "| ${v[shard]} | ${v[sessions]} | $((v[seconds] / 60)) min $((v[seconds] % 60)) s | $(mb "${v[text_bytes]}") | $(mb "${v[pdf_bytes]}") |"
    n=$((n + 1)) sessions=$((sessions + v[sessions])) pdf=$((pdf + v[pdf_bytes]))
    if ((v[seconds] > max)); then max=${v[seconds]}; fi
  done < <(find "$dir" -name 'shard-*.txt' | sort -V)
  echo
  echo "- $sessions sessions built on $n runner(s); the slowest shard took $((max / 60)) min $((max % 60)) s"
  echo "- archive in the repository (HTML, stats.json, summary.json, no PDF): $(mb "$(du -sb "$archive" | cut -f1)"), $(find "$archive" -mindepth 2 -maxdepth 2 -type d | grep -cE '/[0-9]{4}-[0-9]{2}-[0-9]{2}$') sessions"
  echo "- PDFs built, for the yearly releases: $(mb "$pdf")"
}

publish() {
  local stage=$1 base=$2 years y part
  mapfile -t years < <(bash "$here/stage.sh" dates "$stage" | cut -c1-4 | sort -u)
  for y in "${years[@]}"; do
    part=$(mktemp -d)
    mkdir -p "$part/reports"
    cp -R -l "$stage/reports/$y" "$part/reports/$y" 2>/dev/null || cp -R "$stage/reports/$y" "$part/reports/$y"
    if [ -d "$stage/reports/history" ]; then # each year's commit carries the files its briefs name
      cp -R -l "$stage/reports/history" "$part/reports/history" 2>/dev/null ||
        cp -R "$stage/reports/history" "$part/reports/history"
    fi
    bash "$here/publish.sh" "$part" "$base"
    rm -rf "$part"
  done
  echo "backfill: published ${#years[@]} year(s) of briefs"
}

case "${1:-}:$#" in
  plan:1) plan ;;
  shard:1) shard ;;
  stage:3) stage "$2" "$3" ;;
  report:3) report "$2" "$3" ;;
  publish:3) publish "$2" "$3" ;;
  *)
    echo "usage: backfill.sh plan | shard | stage ARCHIVE STAGE | report DIR ARCHIVE | publish STAGE BASE" >&2
    exit 2
    ;;
esac
