#!/usr/bin/env bash
# content-example as a portal with a history of its own: a Git repository in
# DEST whose commits follow the dates of the seed papers, from the strategic
# goals (2018) through the report on the new department (2023) and the
# budget request (2023) to the interim reports of 2024 and 2025. Its last
# commit is content-example exactly, so the site built from DEST is the
# example site plus its "Änderungen". Statuses and figures of the earlier
# commits are those the reports of that time give (the 2024 report's
# updates); where no paper says, a measure starts as planned.
# klarsicht reads the repository with gix; making it needs the git program.
# Usage: scripts/example-history.sh [DEST]   (default: a new temporary folder)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
dest="${1:-$(mktemp -d)/musterstadt}"
command -v git >/dev/null || { echo "git is needed: apt-get install git" >&2; exit 1; }
if [ -e "$dest" ] && [ -n "$(ls -A "$dest" 2>/dev/null)" ]; then
  echo "$dest exists and is not empty" >&2
  exit 1
fi
final="$(mktemp -d)"
trap 'rm -rf "$final"' EXIT
cp -R "$repo/content-example/." "$final/"
rm -rf "$final/public"
mkdir -p "$dest"
cd "$dest"
git init -q -b main

# commit DATE MESSAGE: everything in the folder, with author and committer
# date DATE, by the press office.
commit() {
  git add -A
  GIT_AUTHOR_DATE="$1" GIT_COMMITTER_DATE="$1" \
    git -c user.name="Presse- und Informationsamt" -c user.email="presse@musterstadt.example" \
    -c commit.gpgsign=false commit -q -m "$2"
}
# take PATH…: a file or folder as content-example has it.
take() {
  for p in "$@"; do
    mkdir -p "$(dirname "$p")"
    rm -rf "$p"
    cp -R "$final/$p" "$p"
  done
}
# set FILE KEY VALUE: a front-matter line `KEY = …` replaced (or removed
# when VALUE is empty).
set_key() {
  if [ -z "$3" ]; then
    sed -i "/^$2 = /d" "$1"
  else
    sed -i "s|^$2 = .*|$2 = $3|" "$1"
  fi
}
measure_file() {
  if [ -f "content/measures/$1.md" ]; then echo "content/measures/$1.md"; else echo "content/measures/$1/index.md"; fi
}

# 2018: the strategic goals of the department, adopted by the council.
take site.toml content/_index.md content/pages static content/goals content/reports/strategische-ziele-2018.md
commit "2018-09-06T10:00:00+02:00" "Strategische Ziele des Sozialreferats (Stadtratsvorlage, Beschluss am 26.09.2018)"

# The culture change (a bundle) as it stood before its figures of 2025:
# planned, without progress, the feedback milestone due mid-2025; with
# `budget` false also without budget lines (requested in November 2023).
kw="$(measure_file kulturwandel-sozialamt)"
early_culture_change() {
  awk -v budget="$1" 'BEGIN{n=0} /^\+\+\+$/{n++} n==1 && /^\[\[budget\]\]/ && budget=="false"{skip=1} n>=2{skip=0} !skip{print}' \
    "$final/$kw" | sed -e '/^progress = /d' -e '/^actual = /d' -e 's/^status = .*/status = "planned"/' \
    -e 's/^due = 2025-12-31/due = 2025-06-30/' >"$kw"
}

# 2023: the measures, as planned; the report on one year of the new department.
take content/measures content/reports/sachstand-dezernat-2023.md
for f in content/measures/*.md content/measures/*/index.md; do
  case "$(sed -n 's/^status = "\(.*\)"/\1/p' "$f")" in
    ongoing) ;;
    *) set_key "$f" status '"planned"'; set_key "$f" progress ""; set_key "$f" status_note "" ;;
  esac
done
set_key "$(measure_file neue-dezernatsstruktur)" status '"in_progress"'
early_culture_change false
commit "2023-09-26T09:00:00+02:00" "Sachstandsbericht: ein Jahr neue Organisationsstruktur des Dezernats"

# November 2023: the budget request for 2024/2025 (50.000 € a year).
take content/reports/haushalt-2024-2025-kulturwandel.md
early_culture_change true
commit "2023-11-14T11:00:00+01:00" "Haushalt 2024/2025: Mittel für den Kulturwandel im Sozialamt angemeldet"

# 2024: the interim report; its updates are the measures' state then.
take content/reports/zwischenbericht-2024.md
awk '/^\[\[updates\]\]/{m=""} /^measure = /{gsub(/"/,"",$3); m=$3} /^status = /&&m{print m, "status", $3} /^progress = /&&m{print m, "progress", $3}' \
  content/reports/zwischenbericht-2024.md | while read -r m key value; do
  f="$(measure_file "$m")"
  if grep -q "^$key = " "$f"; then set_key "$f" "$key" "$value"; else sed -i "0,/^status = .*/s//&\n$key = $value/" "$f"; fi
done
commit "2024-06-28T12:00:00+02:00" "Zwischenbericht 2024 zu den strategischen Zielen"

# February 2025: the feedback management moves to the end of the year.
sed -i 's/^due = 2025-06-30/due = 2025-12-31/' "$kw"
commit "2025-02-14T09:30:00+01:00" "Feedbackmanagement erst nach der Workshopreihe: Meilenstein auf Ende 2025 verschoben"

# June 2025: the interim report 2025, the indicators, and every measure as it stands.
rm -rf content data static site.toml
take site.toml content data static
commit "2025-06-30T15:00:00+02:00" "Zwischenbericht 2025 zu den strategischen Zielen"

if ! diff -r -x .git "$repo/content-example" "$dest" >/dev/null; then
  echo "the last commit differs from content-example" >&2
  diff -r -x .git "$repo/content-example" "$dest" >&2 || true
  exit 1
fi
echo "$dest: $(git rev-list --count HEAD) commits, from 2018-09-06 to 2025-06-30"
