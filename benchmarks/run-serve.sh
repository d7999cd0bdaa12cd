#!/usr/bin/env bash
# `forum serve` under wrk: the feed (/keski-suomi/2026.ics) and the year's page (/keski-suomi/2026/), each
# full GET and conditional GET (If-None-Match: 304), side by side in the same run with the same server
# sending the same bytes as a plain file (--static-files, Jetty's file handling through Javalin).
# 64 connections, 2 threads, 30 s each after a 10 s warm-up; the server on core 0, wrk on core 1 (taskset).
# Store: the embedded H2 file database, or the database of FORUM_JDBC_URL (with FORUM_DB_USER and
# FORUM_DB_PASSWORD) when set, e.g. FORUM_JDBC_URL=jdbc:postgresql://localhost:15432/postgres FORUM_DB_USER=forum.
# Writes benchmarks/target/serve/*.txt and prints a Markdown table for RESULTS.md.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/serve-lib.sh"
duration="${DURATION:-30s}"
out="$root/benchmarks/target/serve"

rm -rf "$out" && mkdir -p "$out/store" "$out/static"
external_database || database=(--store-dir "$out/store") store_name="embedded H2"
java -jar "$jar" store "${database[@]}" "$root/examples/plans/keski-suomi-2026.yaml" >/dev/null
serve "$out/server.log" --static-files "$out/static" --county 'keski-suomi:foorumi@hyvaks.fi:Keski-Suomen hyvinvointialue'

# the same bytes as plain files, four segments deep (shorter paths are the counties')
mkdir -p "$out/static/bench/keski-suomi"
curl -sf "$base/keski-suomi/2026.ics" -o "$out/static/bench/keski-suomi/2026.ics"
curl -sf "$base/keski-suomi/2026/" -o "$out/static/bench/keski-suomi/2026.html"
etag() { curl -sfI "$1" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag" {print $2}'; }

declare -a rows
run() { # name url [etag]
  local name="$1" url="$2" tag="${3:-}" args=(-t2 -c64 -d"$duration" --latency)
  [[ -n "$tag" ]] && args+=(-H "If-None-Match: $tag")
  taskset -c 1 wrk "${args[@]}" "$url" >"$out/$name.txt"
  rows+=("$(wrk_row "$name" "$out/$name.txt")")
}

feed="$base/keski-suomi/2026.ics" page="$base/keski-suomi/2026/"
static_feed="$base/static/files/bench/keski-suomi/2026.ics" static_page="$base/static/files/bench/keski-suomi/2026.html"
taskset -c 1 wrk -t2 -c64 -d10s "$feed" >/dev/null   # warm-up: JIT, the rendered version
taskset -c 1 wrk -t2 -c64 -d10s "$static_feed" >/dev/null
run "feed GET" "$feed"
run "static feed GET" "$static_feed"
run "feed 304" "$feed" "$(etag "$feed")"
run "static feed 304" "$static_feed" "$(etag "$static_feed")"
run "page GET" "$page"
run "static page GET" "$static_page"
run "page 304" "$page" "$(etag "$page")"
run "static page 304" "$static_page" "$(etag "$static_page")"

echo "store: $store_name"
echo "| request | requests/s | p50 | p99 | errors |"
echo "|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
echo
echo "bytes: feed $(stat -c %s "$out/static/bench/keski-suomi/2026.ics"), page $(stat -c %s "$out/static/bench/keski-suomi/2026.html"); load: $(load_average)"
