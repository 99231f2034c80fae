#!/usr/bin/env bash
# Screenshots of the example portal for the README, taken with Debian's
# headless chromium from the built files (file://, no server needed).
# Usage: scripts/screenshots.sh [OUTPUT_DIR]   (default docs/screenshots)
set -euo pipefail
cd "$(dirname "$0")/.."
dest="${1:-docs/screenshots}"
browser="$(command -v chromium || command -v chromium-browser || true)"
if [ -z "$browser" ]; then
  echo "chromium is needed: apt-get install chromium" >&2
  exit 1
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# A fixed build date, so overdue milestones do not change from run to run.
cargo run --quiet --release -- build content-example --output "$work/site" --today 2025-07-15
mkdir -p "$dest"
shot() { # name, page, width, height
  "$browser" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage \
    --disable-background-networking --disable-component-update --no-first-run \
    --disable-sync --hide-scrollbars --user-data-dir="$work/profile" \
    --window-size="$3,$4" --screenshot="$dest/$1.png" "file://$work/site/$2" 2>/dev/null
  echo "$dest/$1.png"
}
# Desktop.
shot home index.html 1100 1500
shot dashboard fortschritt/index.html 1100 2000
shot goal ziele/wirkungen-erzielen/index.html 1100 2200
shot measure massnahmen/kulturwandel-sozialamt/index.html 1100 2300
shot budget haushalt/index.html 1100 1500
shot indicator kennzahlen/uebergangsquote-ausbildung/index.html 1100 2300
shot breakdown kennzahlen/ausbildungsabbrueche/index.html 1100 2600
shot sdg sdg/index.html 1100 1300
shot districts stadtteile/index.html 1100 1500
shot district stadtteile/ost/index.html 1100 2100
# A 360 px phone.
shot phone-home index.html 360 1500
shot phone-dashboard fortschritt/index.html 360 1400
shot phone-goal ziele/wirkungen-erzielen/index.html 360 1800
shot phone-measure massnahmen/kulturwandel-sozialamt/index.html 360 1800
shot phone-budget haushalt/index.html 360 1500
# The preview's German error overlay and the form editor, taken by their
# browser tests (they need a server: serve, decap-server).
target_dir="$(scripts/target-dir.sh)"
cargo build --quiet
export KLARSICHT="$target_dir/debug/klarsicht"
SCREENSHOT_DIR="$dest" node tests/browser/serve.mjs >/dev/null
SCREENSHOT_DIR="$dest" node tests/browser/cms.mjs >/dev/null
SCREENSHOT_DIR="$dest" node tests/browser/changes.mjs >/dev/null
echo "$dest/overlay-de.png"
echo "$dest/cms-form-de.png"
echo "$dest/changes-de.png"
