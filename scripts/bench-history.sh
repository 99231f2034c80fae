#!/usr/bin/env bash
# Benchmark of the change history: a generated portal (examples/generate.rs)
# in a Git repository with COMMITS commits, each changing the end date and
# progress of three random measures. Prints the `history` stage of
# `klarsicht build --timings` (reading the repository and deriving what each
# commit changed) for a first build (no cache), a build with the cache and
# one new commit, and a build with nothing new; then the preview's
# save-to-reload times for one measure (tests/browser/serve-bench.mjs).
#
# Usage: scripts/bench-history.sh [MEASURES] [COMMITS]   (default: 10000 200)
# Env:   KEEP=1 keeps the work folder; RUNS (serve saves, default 9).
# Needs: git, node (tests/browser's packages are not needed).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
target=$(scripts/target-dir.sh)
n=${1:-10000}
commits=${2:-200}
command -v git >/dev/null || { echo "git is needed: apt-get install git" >&2; exit 2; }
cargo build --release --quiet
cargo build --release --quiet --example generate
bin="$target/release/klarsicht"
work=$(mktemp -d "${TMPDIR:-/tmp}/klarsicht-history-bench.XXXXXX")
[ "${KEEP:-}" = 1 ] || trap 'rm -rf "$work"' EXIT
portal="$work/portal"
"$target"/release/examples/generate --measures "$n" --seed 1 "$portal" >/dev/null

cd "$portal"
git init -q -b main
day=0
commit() {
  local date
  date=$(date -u -d "2024-01-01 + $day days" +%Y-%m-%dT10:00:00+01:00)
  git add -A
  GIT_AUTHOR_DATE="$date" GIT_COMMITTER_DATE="$date" \
    git -c user.name=Bench -c user.email=bench@example.org -c commit.gpgsign=false commit -q -m "$1"
  day=$((day + 1))
}
commit "Portal angelegt"
# Three random measures per commit: a new end date and progress.
change() {
  for _ in 1 2 3; do
    local f="content/measures/m-$(( (RANDOM * 32768 + RANDOM) % n )).md"
    sed -i -e "s/^end = .*/end = $((2026 + RANDOM % 5))-06-30/" \
      -e "s/^status = .*/status = \"in_progress\"\nprogress = $((RANDOM % 101))/" \
      -e '/^progress = /d' "$f"
  done
}
RANDOM=1
for i in $(seq "$commits"); do
  change
  commit "Stand $i"
done
cd "$repo"

history_ms() { # the history stage of one build, in ms
  "$bin" build "$portal" --output "$work/out" --today 2025-07-15 --timings --lang en 2>&1 \
    | grep -o 'history [0-9.]* m\?s' | awk '{ v = $2; if ($3 == "s") v *= 1000; print v }'
}
build_s() { # the whole build, in seconds
  /usr/bin/env time -f %e "$bin" build "$portal" --output "$work/out" --today 2025-07-15 2>&1 >/dev/null | tail -1
}
rm -rf "$portal/.git/klarsicht"
first=$(history_ms)
cache_kb=$(du -k "$portal/.git/klarsicht/history.json" | cut -f1)
(cd "$portal" && change && commit "Ein neuer Stand")
next=$(history_ms)
again=$(history_ms)
echo "portal: $n measures, $((commits + 2)) commits ($(git -C "$portal" rev-parse --short HEAD))"
echo "| build | history stage |"
echo "|---|---|"
echo "| first (no cache) | ${first} ms |"
echo "| one new commit (cache) | ${next} ms |"
echo "| nothing new (cache) | ${again} ms |"
echo "cache: ${cache_kb} kB in .git/klarsicht/history.json"
if command -v node >/dev/null; then
  f=$(grep -l '^progress = ' "$portal"/content/measures/m-*.md | head -1 || true)
  echo "serve, saving $(basename "$f") (median of ${RUNS:-9}):"
  KLARSICHT="$bin" node tests/browser/serve-bench.mjs "$portal" "$f" "${RUNS:-9}"
fi
