#!/usr/bin/env bash
# Search index size and the bytes a browser fetches for its first query, for
# content-example and for a generated 10,000-measure portal (README figures).
# Needs: npm ci --prefix tests/browser, and chromium (apt-get install chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
target=$(scripts/target-dir.sh)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cargo build --quiet --release --example generate
cargo build --quiet --release
"$target"/release/klarsicht build content-example --output "$work/example" --today 2025-07-15
"$target"/release/examples/generate --measures 10000 --seed 1 "$work/gen"
"$target"/release/klarsicht build "$work/gen" --output "$work/gen-site" --today 2025-07-15
echo "== content-example"
node tests/browser/search-size.mjs "$work/example" Kita
echo "== 10,000 generated measures"
node tests/browser/search-size.mjs "$work/gen-site" Kita
