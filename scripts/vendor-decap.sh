#!/usr/bin/env bash
# Vendors Decap CMS (the form editor `klarsicht cms` writes into a portal's
# static/admin/) from the npm registry into vendor/decap-cms/, checked
# against the registry's sha512. The files are embedded into the binary
# (build.rs), so a portal serves them from its own host, never from a CDN.
# Only what the browser loads is kept: decap-cms.js, its lazily loaded
# chunks and WebAssembly, and the license notices; no source maps and not
# the second build (cms.js) the package also ships.
# Usage: scripts/vendor-decap.sh [VERSION]   (then commit vendor/decap-cms/)
set -euo pipefail
cd "$(dirname "$0")/.."
version="${1:-3.16.3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
integrity="$(npm view "decap-cms@$version" dist.integrity)"
(cd "$work" && npm pack --silent "decap-cms@$version" >/dev/null)
tarball="$work/decap-cms-$version.tgz"
actual="sha512-$(openssl dgst -sha512 -binary "$tarball" | base64 -w0)"
if [ "$actual" != "$integrity" ]; then
  echo "integrity mismatch: registry says $integrity, the download is $actual" >&2
  exit 1
fi
tar -xzf "$tarball" -C "$work"
dest=vendor/decap-cms
rm -rf "$dest"
mkdir -p "$dest"
cp "$work"/package/dist/decap-cms.js "$work"/package/dist/decap-cms.js.LICENSE.txt "$dest"/
cp "$work"/package/dist/[0-9]*.decap-cms.js "$work"/package/dist/*.wasm "$dest"/
cat >"$dest/VERSION" <<END
decap-cms $version
$integrity
https://registry.npmjs.org/decap-cms/-/decap-cms-$version.tgz
License: MIT (https://github.com/decaporg/decap-cms/blob/main/LICENSE);
bundled libraries' notices: decap-cms.js.LICENSE.txt
END
echo "vendored decap-cms $version: $(ls "$dest" | wc -l) files, $(du -sb "$dest" | cut -f1) bytes"
