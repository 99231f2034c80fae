#!/usr/bin/env bash
# Coverage-guided fuzzing with cargo-fuzz (libFuzzer): front matter and
# site.toml, data/budget.csv (every CSV dialect), indicator series CSV, the
# spreadsheet reader (.xlsx/.ods), a council system's paper (OParl JSON) into
# a report, and the Markdown-to-page pipeline
# (fuzz/fuzz_targets/). Each target runs SECONDS (default 600), one
# after the other; a crash stops the script and leaves its input in
# fuzz/artifacts/<target>/ (turn it into a regression test in
# tests/integration/hostile.rs or the module's unit tests).
#
# Usage: scripts/fuzz.sh [SECONDS] [TARGET ...]
# Needs: cargo install cargo-fuzz; a nightly toolchain, or the stable one
#        with RUSTC_BOOTSTRAP=1 (set below when no nightly is installed).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(front_matter budget_csv series_csv markdown_page scaled_page sheet oparl_paper districts_geojson)
command -v cargo-fuzz >/dev/null || { echo "missing cargo-fuzz: cargo install cargo-fuzz" >&2; exit 2; }
toolchain=()
if rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
  toolchain=(+nightly)
else
  export RUSTC_BOOTSTRAP=1
fi

# Seeds: the example portal's and the test fixtures' own files.
seed() {
  local dir="fuzz/seeds/$1"
  rm -rf "$dir" && mkdir -p "$dir"
  case $1 in
    front_matter | markdown_page)
      find content-example/content tests/fixtures -name '*.md' | head -200 | while read -r f; do
        cp "$f" "$dir/$(echo "$f" | tr '/' '_')"
      done
      cp content-example/site.toml "$dir/site.toml" ;;
    budget_csv) find content-example tests/fixtures -name 'budget.csv' -exec sh -c 'cp "$1" "$2/$(echo "$1" | tr / _)"' _ {} "$dir" \; ;;
    scaled_page)
      # Two little-endian counts (title ×100, body), title unit, line break, body unit.
      printf '\xe8\x03\x00\x00Kitaplatzausbau\n' >"$dir/long-word"
      printf '\x00\x00\x50\xc3\n## Stand\n\nText.\n\n' >"$dir/headings"
      printf '\x00\x00\x50\xc3\n[B](@/reports/stand.md) ' >"$dir/links"
      printf '\x01\x00\x50\xc3Ziel\n- [ ] Punkt ~~alt~~ *neu*\n' >"$dir/list" ;;
    series_csv) find content-example/data tests/fixtures -name '*.csv' ! -name 'budget.csv' -exec sh -c 'cp "$1" "$2/$(echo "$1" | tr / _)"' _ {} "$dir" \; ;;
    sheet)
      # A leading byte picks the format: even .xlsx, odd .ods.
      for f in tests/fixtures/sheets/*.xlsx; do { printf '\x00'; cat "$f"; } >"$dir/$(basename "$f")"; done
      for f in tests/fixtures/sheets/*.ods; do { printf '\x01'; cat "$f"; } >"$dir/$(basename "$f")"; done ;;
    oparl_paper)
      # The test server's papers, with an address in place of its {base}.
      for f in tests/fixtures/oparl/paper/*.json; do sed 's#{base}#https://ris.example#g' "$f" >"$dir/$(basename "$f")"; done ;;
  esac
}

for t in "${targets[@]}"; do
  seed "$t"
  mkdir -p "fuzz/corpus/$t"
  echo "== $t: ${seconds}s"
  # 10 s per input and 2 GB are far above what any input needs: a slower or
  # larger run is a finding (hang or unbounded memory), not noise.
  (cd fuzz && cargo "${toolchain[@]}" fuzz run --release "$t" "corpus/$t" "seeds/$t" -- \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1)
done
