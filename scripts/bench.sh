#!/usr/bin/env bash
# Benchmark: full builds of synthetic portals (examples/generate.rs) with
# klarsicht, Hugo (Debian's package) building the same Markdown files with a
# minimal template, and Hugo followed by Pagefind's command-line indexer
# (npm's binary package, from scripts/bench/package.json): each into an
# empty folder (fresh, as CI after a clone) and over its previous output
# (rebuild). The rounds alternate the tools, so that the disk's slow and
# fast spells fall on all of them alike. One machine, one table.
#
# Usage: scripts/bench.sh [MEASURES ...]      (default: 1000 10000)
# Env:   RUNS (default 3; the median round is reported), PDF=1 builds
#        klarsicht's PDFs too (left out by default: Hugo makes none), KEEP=1 keeps the work
#        folder, WORK=DIR puts portals and outputs there (default: a new folder
#        in $TMPDIR or /tmp; WORK=/dev/shm measures without the disk).
# Needs: /usr/bin/time (Debian package `time`), hugo (`apt-get install hugo`),
#        npm (installs Pagefind 1.6 into scripts/bench/node_modules).
set -euo pipefail
cd "$(dirname "$0")/.."
target=$(scripts/target-dir.sh)
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
runs=${RUNS:-3}
for tool in /usr/bin/time hugo npm; do
  command -v "$tool" >/dev/null || { echo "missing $tool: sudo apt-get install -y time hugo npm" >&2; exit 2; }
done
cargo build --release --quiet
cargo build --release --quiet --example generate
npm ci --prefix scripts/bench --ignore-scripts --no-audit --no-fund --loglevel=error
pagefind=$(find scripts/bench/node_modules/@pagefind -type f -name 'pagefind*' -perm -u+x | head -1)
[ -n "$pagefind" ] || { echo "no Pagefind binary under scripts/bench/node_modules/@pagefind" >&2; exit 2; }
pagefind="$PWD/$pagefind"
pagefind_version=$("$pagefind" --version | awk '{print $2}')
hugo_version=$(hugo version | grep -o 'v[0-9.]*' | head -1)
work=$(mktemp -d "${WORK:-${TMPDIR:-/tmp}}/klarsicht-bench.XXXXXX")
[ "${KEEP:-}" = 1 ] || trap 'rm -rf "$work"' EXIT

# `once CMD...`: runs CMD once, prints "seconds peak_kB".
once() {
  local log="$work/time.log"
  /usr/bin/time -v "$@" >/dev/null 2>"$log"
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$log")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
  echo "$wall $rss"
}

# The tools, each building portal $1 (its Hugo copy at $1-hugo) into $2.
# Hugo + Pagefind adds the two times and keeps the larger peak.
run_klarsicht() { once "$target"/release/klarsicht build "$1" --output "$2"; }
run_hugo() { once hugo --quiet --source "$1-hugo" --destination "$2"; }
run_hugo_pagefind() {
  local a b
  a=$(run_hugo "$1" "$2")
  b=$(once "$pagefind" --site "$2")
  echo "$a $b" | awk '{printf "%s %s\n", $1 + $3, ($2 > $4 ? $2 : $4)}'
}
tools=(klarsicht hugo hugo_pagefind)
label() {
  case $1 in
    klarsicht) echo "klarsicht" ;;
    hugo) echo "Hugo $hugo_version (plain pages)" ;;
    hugo_pagefind) echo "Hugo $hugo_version + Pagefind $pagefind_version" ;;
  esac
}

html_count() { find "$1" -name '*.html' -not -path '*/pagefind/*' | wc -l; }
mb() { awk -v b="$(du -sb "$1" | cut -f1)" 'BEGIN { printf "%.1f", b / 1e6 }'; }
median() { sort -n | sed -n "$(( (runs + 1) / 2 ))p"; }

# Hugo's copy of portal $1: the same content files (TOML front matter between
# +++, which Hugo reads too), a minimal page template, no taxonomies, feeds
# or sitemap.
hugo_site() {
  local site="$1-hugo"
  mkdir -p "$site/layouts/_default"
  cp -r "$1/content" "$site/content"
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
}

echo "| portal | case | tool | pages | build (s) | pages/s | peak memory (MB) | ÷ Hugo | ÷ Hugo + Pagefind |"
echo "|---|---|---|---|---|---|---|---|---|"
for n in "${sizes[@]}"; do
  portal="$work/portal-$n"
  "$target"/release/examples/generate --measures "$n" --seed 1 "$portal" >/dev/null
  # Hugo writes no PDFs: klarsicht's council papers (Typst) are left out
  # unless PDF=1.
  if [ "${PDF:-}" != 1 ]; then sed -i '1i pdf = false' "$portal/site.toml"; fi
  hugo_site "$portal"
  for case in fresh rebuild; do
    declare -A times=() rate=() rows=()
    # Round 0 is the warm-up; each round runs every tool once.
    for round in $(seq 0 "$runs"); do
      for tool in "${tools[@]}"; do
        out="$work/out-$n-$tool"
        # Fresh: an empty folder. Rebuild: the previous round's output.
        if [ "$case" = fresh ]; then rm -rf "$out"; fi
        result=$("run_$tool" "$portal" "$out")
        if [ "$round" -gt 0 ]; then times[$tool]+="$result"$'\n'; fi
      done
    done
    for tool in "${tools[@]}"; do
      read -r secs rss < <(printf '%s' "${times[$tool]}" | median)
      pages=$(html_count "$work/out-$n-$tool")
      rate[$tool]=$(echo "$pages / $secs" | bc -l)
      rows[$tool]="$pages $secs $rss"
    done
    for tool in "${tools[@]}"; do
      read -r pages secs rss <<<"${rows[$tool]}"
      printf '| %s measures | %s | %s | %s | %.2f | %.0f | %.0f | %.2f | %.2f |\n' \
        "$n" "$case" "$(label "$tool")" "$pages" "$secs" "${rate[$tool]}" "$(echo "$rss / 1024" | bc -l)" \
        "$(echo "${rate[$tool]} / ${rate[hugo]}" | bc -l)" "$(echo "${rate[$tool]} / ${rate[hugo_pagefind]}" | bc -l)"
    done
    unset times rate rows
  done
  echo "| $n measures | | klarsicht's output $(mb "$work/out-$n-klarsicht") MB (search index $(mb "$work/out-$n-klarsicht/pagefind") MB), Hugo + Pagefind's $(mb "$work/out-$n-hugo_pagefind") MB | | | | | | |"
done
echo
echo "$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo), output on $(df -T "$work" | awk 'NR==2 {print $2}'); median of $runs alternating rounds after a warm-up round; klarsicht $(git describe --always --dirty)"
