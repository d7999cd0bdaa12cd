#!/usr/bin/env bash
# The HTTP API under load: `forum serve` on core 0 over PostgreSQL (an embedded one from the benchmarks jar,
# or the empty database of FORUM_JDBC_URL with FORUM_DB_USER when set), the Keski-Suomi 2026 year stored and a
# secretary's token made; then, after a 10 s warm-up,
#   1. wrk (core 1, 2 threads, 32 connections) POSTs the Keski-Suomi 2026 plan as JSON to /api/v1/check;
#   2. the same load again while one sequential writer (core 1) reads the year (GET, its ETag) and PUTs it
#      back changed with If-Match and a fresh Idempotency-Key, timing each PUT;
#   3. the writer alone;
#   4. with the server and database stopped, the in-process floor of the check in JMH on core 0
#      (CheckRequestBenchmark: the same bytes, codec + check + JSON report, one thread, 10 s warm-up and 10 s
#      sampled), and its reading alone.
# DURATION (default 30s) is each measurement's length. Writes benchmarks/target/api/ and prints Markdown
# tables for RESULTS.md.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/serve-lib.sh"
seconds="${DURATION:-30s}" && seconds="${seconds%s}"
out="$root/benchmarks/target/api"
benchmarks_jar="$root/benchmarks/target/benchmarks.jar"
[[ -f "$benchmarks_jar" ]] || (cd "$root" && ./mvnw -B -q -pl benchmarks -am package -DskipTests -Dmaven.javadoc.skip -Dmaven.source.skip)
main_class=fi.hyvinvointialue.forum.benchmarks
load_before="$(load_average)"

rm -rf "$out" && mkdir -p "$out"
if ! external_database; then
  java -cp "$benchmarks_jar" "$main_class.ScriptDatabase" >"$out/database.txt" 2>"$out/database.log" &
  started+=($!)
  for _ in $(seq 300); do [[ -s "$out/database.txt" ]] && break; sleep 0.2; done
  [[ -s "$out/database.txt" ]] || { echo "run-api.sh: the embedded PostgreSQL did not start; see $out/database.log" >&2; exit 1; }
  read -r url user <"$out/database.txt"
  database=(--jdbc-url "$url" --db-user "$user") store_name="embedded PostgreSQL (io.zonky)"
fi
java -jar "$jar" store "${database[@]}" "$root/examples/plans/keski-suomi-2026.yaml" >/dev/null
token="$(java -jar "$jar" token create keski-suomi --role secretary --label run-api.sh "${database[@]}" 2>/dev/null)"
serve "$out/server.log" --county 'keski-suomi:foorumi@hyvaks.fi:Keski-Suomen hyvinvointialue'

java -cp "$benchmarks_jar" "$main_class.CheckRequestBenchmark" >"$out/keski-suomi-2026.json"
cat >"$out/post.lua" <<'LUA'
-- POSTs the file named by the first argument as JSON
function init(args)
  local file = assert(io.open(args[1], "rb"))
  wrk.method = "POST"
  wrk.body = file:read("*a")
  wrk.headers["Content-Type"] = "application/json"
  file:close()
end
LUA
curl -sf "$base/api/v1/check" -H 'Content-Type: application/json' --data-binary @"$out/keski-suomi-2026.json" -o "$out/report.json"
check_load() { # SECONDS OUTPUT
  taskset -c 1 wrk -t2 -c32 -d"$1s" --latency -s "$out/post.lua" "$base/api/v1/check" -- "$out/keski-suomi-2026.json" >"$2"
}
writer() { # SECONDS OUTPUT
  taskset -c 1 java -cp "$benchmarks_jar" "$main_class.SequentialWriter" "$base" keski-suomi 2026 "$token" "$1" >"$2" 2>"$2.log"
}
writer_row() { # NAME FILE: puts=N p50=… p99=… max=… non2xx=N as a row
  awk -v name="$1" -v seconds="$seconds" '{
    for (i = 1; i <= NF; i++) { split($i, pair, "="); value[pair[1]] = pair[2] }
    printf "| %s | %d | %.1f | %s | %s | %s | %d |\n", name, value["puts"], value["puts"] / seconds,
      value["p50"], value["p99"], value["max"], value["non2xx"]
  }' "$2"
}

check_load 10 /dev/null &   # warm-up: JIT for the check and the writes, in the server and the writer
warm_up=$!
writer 10 "$out/warm-up.txt"
wait "$warm_up"
check_load "$seconds" "$out/check.txt"
check_load "$seconds" "$out/check-with-writer.txt" &
load=$!
writer "$seconds" "$out/writer.txt"
wait "$load"
writer "$seconds" "$out/writer-alone.txt"
load_after="$(load_average)"
stop_started   # the floor runs alone
# warmed up as long as the server was (RunAll's 2 s leave the YAML reader partly interpreted), 10 s measured
taskset -c 0 java -jar "$benchmarks_jar" CheckRequestBenchmark -f 1 -wi 10 -w 1s -i 10 -r 1s \
  -rf json -rff "$out/jmh-result.json" >"$out/jmh.txt"

floor_row() { # NAME METHOD: a CheckRequestBenchmark method's samples as a row (requests/s = 1 / mean, one thread)
  jq -r --arg method "$2" '.[] | select(.benchmark | endswith("." + $method)) | .primaryMetric
      | [.score, .scorePercentiles["50.0"], .scorePercentiles["99.0"]] | @tsv' "$out/jmh-result.json" \
    | awk -v name="$1" '{printf "| %s | %.2f | %.2fms | %.2fms | - |\n", name, 1e6 / $1, $2 / 1000, $3 / 1000}'
}
echo "store: $store_name; plan: $(stat -c %s "$out/keski-suomi-2026.json") bytes of JSON; report: $(stat -c %s "$out/report.json") bytes"
echo "| POST /api/v1/check | requests/s | p50 | p99 | errors |"
echo "|---|---|---|---|---|"
floor_row "in-process floor (JMH, 1 thread): codec + check + JSON report" check
wrk_row "wrk, 32 connections" "$out/check.txt"
wrk_row "wrk, 32 connections, with the writer" "$out/check-with-writer.txt"
floor_row "of the floor: reading the body (the JSON reader, as the server does for application/json)" readAsTheServerDoes
floor_row "for comparison: reading it with the YAML reader" readWithTheYamlReader
echo
echo "| PUT with If-Match (one sequential writer: GET, then PUT) | PUTs | PUTs/s | p50 | p99 | max | non-2xx |"
echo "|---|---|---|---|---|---|---|"
writer_row "under the check load above" "$out/writer.txt"
writer_row "alone" "$out/writer-alone.txt"
echo
echo "load average: before $load_before; after the HTTP runs $load_after; $(nproc) cores, $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)"
