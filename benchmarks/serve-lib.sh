# Sourced by run-serve.sh and run-api.sh: the forum jar (built when missing), the database of FORUM_JDBC_URL,
# `forum serve` on core 0, and wrk's figures as a row of a Markdown table. Every process started with
# `started+=(PID)` is stopped when the script exits.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
port="${PORT:-18080}"
base="http://localhost:$port"
jar="$root/forum-cli/target/forum.jar"
command -v wrk >/dev/null || { echo "$(basename "$0"): wrk is missing (apt-get install wrk)" >&2; exit 2; }
[[ -f "$jar" ]] || (cd "$root" && ./mvnw -B -q -pl forum-cli -am package -DskipTests -Dmaven.javadoc.skip -Dmaven.source.skip)

started=()
stop_started() {
  local i
  for ((i = ${#started[@]} - 1; i >= 0; i--)); do
    kill "${started[i]}" 2>/dev/null || true
    wait "${started[i]}" 2>/dev/null || true
  done
  started=()
}
trap stop_started EXIT

# external_database: sets database (the store options) and store_name from FORUM_JDBC_URL (with FORUM_DB_USER);
# fails when it is not set
external_database() {
  [[ -n "${FORUM_JDBC_URL:-}" ]] || return 1
  database=(--jdbc-url "$FORUM_JDBC_URL" --db-user "${FORUM_DB_USER:-}") store_name="${FORUM_JDBC_URL%%\?*}"
}

# serve LOG ARGS...: starts `forum serve` on core 0 with the store options, ARGS and the port, and waits for /health
serve() {
  local log="$1"
  shift
  taskset -c 0 java -jar "$jar" serve "${database[@]}" --port "$port" "$@" >"$log" 2>&1 &
  started+=($!)
  for _ in $(seq 100); do curl -sf "$base/health" >/dev/null && return; sleep 0.2; done
  echo "$(basename "$0"): forum serve did not answer on $base/health; see $log" >&2
  exit 1
}

# wrk_row NAME FILE: a table row from wrk --latency's output: requests/s, p50, p99 and the errors
wrk_row() {
  local rps p50 p99 errors
  rps="$(awk '/Requests\/sec/ {print $2}' "$2")"
  p50="$(awk '$1=="50%" {print $2}' "$2")"
  p99="$(awk '$1=="99%" {print $2}' "$2")"
  errors="$(awk '/Non-2xx or 3xx|Socket errors/ {print}' "$2" | tr '\n' ' ')"
  echo "| $1 | $rps | $p50 | $p99 | ${errors:-0} |"
}

load_average() {
  cut -d' ' -f1-3 /proc/loadavg
}
