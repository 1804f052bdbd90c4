#!/usr/bin/env bash
# The archive's PDFs are not kept in git: each is an asset of its year's GitHub release, tagged
# briefs-YYYY, named rotation-brief-YYYY-MM-DD.pdf (the names of src/deliver/archive/releaseAssets.ts,
# which the archive pages link when a PDF is not on the site). Run from the repository's root.
#
#   release.sh upload DIR...          upload every DIR/YYYY/YYYY-MM-DD/brief.pdf (DIR: a reports
#                                     folder or a stage's reports/) to its year's release, created
#                                     when missing; an asset of the same name is replaced (a PDF
#                                     found in several DIRs: the last one). Prints one line a year.
#   release.sh restore REPORTS DATE...  put the PDF of each DATE whose brief folder lacks one back
#                                     from its release (a PDF not found there is a warning).
#
# Environment: gh's GH_TOKEN and GH_REPO; RELEASE_BATCH (files per gh call, default 50).
set -euo pipefail

pdf_re='/[0-9]{4}/[0-9]{4}-[0-9]{2}-[0-9]{2}/brief\.pdf$'
batch=${RELEASE_BATCH:-50}

# The release of a year, created when it does not exist (or another run created it meanwhile).
ensure_release() {
  local tag=$1
  gh release view "$tag" >/dev/null 2>&1 && return 0
  gh release create "$tag" --title "Briefs ${tag#briefs-}" --latest=false \
    --notes "The PDF of every rotation brief of ${tag#briefs-}, one asset a session: rotation-brief-YYYY-MM-DD.pdf. The HTML and stats.json are in the repository under reports/${tag#briefs-}/." \
    >/dev/null 2>&1 || gh release view "$tag" >/dev/null
}

upload() {
  local links dir f date year tag n files
  links=$(mktemp -d)
  # One folder a year of files named as the assets (links, or copies across disks).
  for dir in "$@"; do
    [ -d "$dir" ] || continue
    while IFS= read -r f; do
      [ -n "$f" ] || continue
      date=$(basename "$(dirname "$f")")
      mkdir -p "$links/${date:0:4}"
      ln -f "$f" "$links/${date:0:4}/rotation-brief-$date.pdf" 2>/dev/null ||
        cp -f "$f" "$links/${date:0:4}/rotation-brief-$date.pdf"
    done < <(find "$dir" -mindepth 3 -maxdepth 3 -name brief.pdf | grep -E "$pdf_re" | sort)
  done
  for year in $(find "$links" -mindepth 1 -maxdepth 1 -type d -printf '%f\n' | sort); do
    tag="briefs-$year"
    ensure_release "$tag"
    mapfile -t files < <(find "$links/$year" -type f | sort)
    for ((n = 0; n < ${#files[@]}; n += batch)); do
      gh release upload "$tag" --clobber "${files[@]:n:batch}"
    done
    echo "release: uploaded ${#files[@]} PDF(s) to $tag"
  done
  rm -rf "$links"
}

restore() {
  local reports=$1 date dir got=0 missing=0 tmp
  shift
  tmp=$(mktemp -d)
  for date in "$@"; do
    dir="$reports/${date:0:4}/$date"
    if [ ! -d "$dir" ] || [ -f "$dir/brief.pdf" ]; then continue; fi
    if gh release download "briefs-${date:0:4}" --pattern "rotation-brief-$date.pdf" --dir "$tmp" --clobber >/dev/null 2>&1 &&
      [ -f "$tmp/rotation-brief-$date.pdf" ]; then
      mv "$tmp/rotation-brief-$date.pdf" "$dir/brief.pdf"
      got=$((got + 1))
    else
      echo "::warning::release: no rotation-brief-$date.pdf in release briefs-${date:0:4}: $date is linked to it, but it is not there yet"
      missing=$((missing + 1))
    fi
  done
  rm -rf "$tmp"
  echo "release: restored $got PDF(s) from the releases, $missing not found"
}

usage() {
  echo "usage: release.sh upload DIR... | restore REPORTS [DATE...]" >&2
  exit 2
}

case "${1:-}" in
  upload) shift && upload "$@" ;;
  restore) if [ $# -lt 2 ]; then usage; fi && shift && restore "$@" ;;
  *) usage ;;
esac
