#!/usr/bin/env bash
# Builds the GitHub Pages site of the archive from a reports folder whose PDFs are (mostly) not on
# disk: the repository keeps every brief's HTML, stats.json and summary.json, the yearly releases
# keep every PDF (release.sh). Run from the repository's root.
#
#   site.sh REPORTS SITE [KEEP]
#
# SITE becomes a copy of REPORTS (hard links where possible) holding the PDFs of the newest KEEP
# sessions (default 60): REPORTS' own, else downloaded from the releases; no other PDF. The index,
# year pages, manifests and feed are then rebuilt for SITE (`brief index`), so they link those
# PDFs on the site and every other one to its release asset (ROTATION_BRIEF_RELEASES_URL). GitHub
# Pages publishes at most 1 GB: when SITE would pass PAGES_LIMIT_MB (default 950), the brief
# folders of the oldest years are left out of SITE (their year pages stay, listing the sessions
# with their PDFs in the releases; the briefs stay in the repository): `index --offsite-before`.
# Prints what the site holds; exits 1 if it is still over the limit.
#
# Environment: BRIEF (the command running the CLI; default "npm run -s brief --"), PAGES_LIMIT_MB,
# ROTATION_BRIEF_RELEASES_URL, ROTATION_BRIEF_SITE_URL, and gh's GH_TOKEN and GH_REPO.
set -euo pipefail

if [ $# -lt 2 ] || [ $# -gt 3 ]; then
  echo "usage: site.sh REPORTS SITE [KEEP]" >&2
  exit 2
fi
here=$(cd "$(dirname "$0")" && pwd)
reports=$1
site=$2
keep=${3:-60}
limit=$(( ${PAGES_LIMIT_MB:-950} * 1024 * 1024 ))
read -r -a brief <<<"${BRIEF:-npm run -s brief --}"

rm -rf "$site"
mkdir -p "$(dirname "$site")"
cp -al "$reports" "$site" 2>/dev/null || { rm -rf "$site" && cp -a "$reports" "$site"; }

# Sessions newest first: the PDFs of the first KEEP go on the site, the others stay in the releases.
mapfile -t dates < <(find "$site" -mindepth 2 -maxdepth 2 -type d -regextype posix-extended \
  -regex '.*/[0-9]{4}/[0-9]{4}-[0-9]{2}-[0-9]{2}' -printf '%f\n' | sort -r)
bash "$here/release.sh" restore "$site" "${dates[@]:0:keep}"
for d in "${dates[@]:keep}"; do rm -f "$site/${d:0:4}/$d/brief.pdf"; done

# Over the limit: leave out the oldest years' brief folders, one year at a time.
size=$(du -sb "$site" | cut -f1)
mapfile -t years < <(printf '%s\n' "${dates[@]}" | cut -c1-4 | sort -u)
offsite=''
for y in "${years[@]}"; do
  [ "$size" -gt "$limit" ] || break
  size=$(( size - $(du -sb "$site/$y" | cut -f1) ))
  offsite=$y
done
args=(index --out "$site")
if [ -n "$offsite" ]; then args+=(--offsite-before "$((offsite + 1))"); fi
"${brief[@]}" "${args[@]}"
if [ -n "$offsite" ]; then
  for y in "${years[@]}"; do
    [ "$y" -le "$offsite" ] || break
    find "$site/$y" -mindepth 1 -maxdepth 1 -type d -exec rm -rf {} +
  done
fi

size=$(du -sb "$site" | cut -f1)
pdfs=$(find "$site" -mindepth 3 -maxdepth 3 -name brief.pdf | wc -l)
echo "site: ${#dates[@]} session(s) in ${#years[@]} year(s), $pdfs PDF(s) on the site (the others linked to the releases briefs-YYYY), $((size / 1024 / 1024)) MB${offsite:+; the brief folders of ${years[0]}-$offsite are left out (in the repository), their PDFs linked to the releases}"
if [ "$size" -gt "$limit" ]; then
  echo "::error::site: $((size / 1024 / 1024)) MB is over PAGES_LIMIT_MB=${PAGES_LIMIT_MB:-950} even without the older years" >&2
  exit 1
fi
