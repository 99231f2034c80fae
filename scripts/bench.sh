#!/usr/bin/env bash
# Benchmark: full builds of synthetic portals (examples/generate.rs) with
# klarsicht, and Hugo (Debian's package) building the same Markdown files with
# a minimal template as the reference. One run, one machine, one table.
#
# Usage: scripts/bench.sh [MEASURES ...]      (default: 1000 10000)
# Env:   RUNS (default 3; the median run is reported), KEEP=1 keeps the work folder,
#        WORK=DIR puts portals and outputs there (default: a new folder in $TMPDIR
#        or /tmp; WORK=/dev/shm measures without the disk).
# Needs: /usr/bin/time (Debian package `time`), hugo (`apt-get install hugo`).
set -euo pipefail
cd "$(dirname "$0")/.."
target=$(scripts/target-dir.sh)
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
runs=${RUNS:-3}
for tool in /usr/bin/time hugo; do
  command -v "$tool" >/dev/null || { echo "missing $tool: sudo apt-get install -y time hugo" >&2; exit 2; }
done
cargo build --release --quiet
cargo build --release --quiet --example generate
work=$(mktemp -d "${WORK:-${TMPDIR:-/tmp}}/klarsicht-bench.XXXXXX")
[ "${KEEP:-}" = 1 ] || trap 'rm -rf "$work"' EXIT

# `measure NAME CMD...`: runs CMD $runs times (after one warm-up run), prints
# "seconds peak_kB" of the median run by wall time.
measure() {
  local log="$work/time.log" results=()
  "$@" >/dev/null 2>&1
  for _ in $(seq "$runs"); do
    /usr/bin/time -v "$@" >/dev/null 2>"$log"
    local wall rss
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$log")
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
    results+=("$wall $rss")
  done
  printf '%s\n' "${results[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p"
}

html_count() { find "$1" -name '*.html' -not -path '*/pagefind/*' | wc -l; }
mb() { awk -v b="$(du -sb "$1" | cut -f1)" 'BEGIN { printf "%.1f", b / 1e6 }'; }

echo "| portal | tool | pages | build (s) | pages/s | peak memory (MB) | output (MB) | search index (MB) |"
echo "|---|---|---|---|---|---|---|---|"
for n in "${sizes[@]}"; do
  portal="$work/portal-$n"
  "$target"/release/examples/generate --measures "$n" --seed 1 "$portal" >/dev/null

  out="$work/out-$n"
  read -r secs rss < <(measure "$target"/release/klarsicht build "$portal" --output "$out")
  pages=$(html_count "$out")
  printf '| %s measures | klarsicht | %s | %.2f | %.0f | %.0f | %s | %s |\n' \
    "$n" "$pages" "$secs" "$(echo "$pages / $secs" | bc -l)" "$(echo "$rss / 1024" | bc -l)" "$(mb "$out")" "$(mb "$out/pagefind")"
  kl_rate=$(echo "$pages / $secs" | bc -l)

  # Hugo: the same content files (TOML front matter between +++, which Hugo
  # reads too), a minimal page template, no taxonomies, feeds or sitemap.
  site="$work/hugo-$n"
  mkdir -p "$site/layouts/_default"
  cp -r "$portal/content" "$site/content"
  cat > "$site/config.toml" <<'EOF'
baseURL = "https://example.org/"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
[markup.goldmark.renderer]
unsafe = true
EOF
  cat > "$site/layouts/_default/baseof.html" <<'EOF'
<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body>{{ block "main" . }}{{ end }}</body></html>
EOF
  cat > "$site/layouts/_default/single.html" <<'EOF'
{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}{{ end }}
EOF
  cat > "$site/layouts/_default/list.html" <<'EOF'
{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
EOF
  hout="$work/hugo-out-$n"
  read -r secs rss < <(measure hugo --quiet --source "$site" --destination "$hout" --cleanDestinationDir)
  pages=$(html_count "$hout")
  printf '| %s measures | Hugo %s (plain pages) | %s | %.2f | %.0f | %.0f | %s | – |\n' \
    "$n" "$(hugo version | grep -o 'v[0-9.]*' | head -1)" "$pages" "$secs" "$(echo "$pages / $secs" | bc -l)" "$(echo "$rss / 1024" | bc -l)" "$(mb "$hout")"
  hu_rate=$(echo "$pages / $secs" | bc -l)
  printf '| %s measures | ratio klarsicht ÷ Hugo (pages/s) | | | %.2f | | | |\n' "$n" "$(echo "$kl_rate / $hu_rate" | bc -l)"
done
echo
echo "$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo), output on $(df -T "$work" | awk 'NR==2 {print $2}'); median of $runs runs after a warm-up; klarsicht $(git describe --always --dirty)"
