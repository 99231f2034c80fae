#!/usr/bin/env bash
# The spreadsheet test fixtures, made by real office software: each
# tests/fixtures/sheets/*.fods (flat OpenDocument, readable and diffable) is
# converted by Debian's LibreOffice into .xlsx and .ods beside it. The
# results are committed; run this again after changing a .fods.
# Needs: apt-get install libreoffice-calc-nogui
set -euo pipefail
cd "$(dirname "$0")/../tests/fixtures/sheets"
command -v soffice >/dev/null || { echo "soffice is needed: apt-get install libreoffice-calc-nogui" >&2; exit 1; }
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
for f in *.fods; do
  for fmt in xlsx ods; do
    soffice -env:UserInstallation="file://$profile" --headless --calc \
      --convert-to "$fmt" --outdir . "$f" >/dev/null
  done
done
ls -l ./*.xlsx ./*.ods
