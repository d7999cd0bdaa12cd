#!/usr/bin/env bash
# Times `forum check` on the Keski-Suomi example as whole processes, against a bare `java -version`
# start of the same JVM: through the launcher and without it, and with the start-up options tried
# for the launcher: an application class-data sharing archive (AppCDS) made by one training run,
# the C1 compiler only, the serial collector. Uses hyperfine when it is installed
# (apt-get install -y hyperfine), else a loop.
#   benchmarks/run-cli.sh            20 timed runs of each, after 3 warm-ups
#   benchmarks/run-cli.sh --smoke    2 runs of each, to see that everything runs
# The JVM options go in through JAVA_TOOL_OPTIONS, so the launcher is timed as users run it.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=20
warmup=3
if [[ "${1:-}" == "--smoke" ]]; then
  runs=2
  warmup=0
fi
plan=examples/plans/keski-suomi-2026.yaml
out=benchmarks/target/cli
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

if [[ ! -x ./forum || ! -f "$plan" ]]; then
  echo "run-cli.sh: ./forum or $plan is missing: the CLI has not landed on this branch" >&2
  exit 2
fi
./mvnw -B -q -pl forum-cli -am package -DskipTests
# Maven leaves an unchanged jar's time alone; the launcher compares it with the sources' times and
# would rebuild in every timed run if a source looked newer.
touch forum-cli/target/forum.jar
mkdir -p "$out"

# A dynamic archive of the classes one check loads; it is only valid for the same JVM and class path.
archive="$out/forum-check.jsa"
rm -f "$archive"
JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$archive" ./forum check "$plan" >/dev/null 2>&1 || true
if [[ ! -f "$archive" ]]; then
  echo "run-cli.sh: the training run made no archive at $archive" >&2
  exit 1
fi

jar=forum-cli/target/forum.jar
cds="-XX:SharedArchiveFile=$archive"
c1="-XX:TieredStopAtLevel=1"
commands=(
  "$java -version"
  "./forum check $plan"
  "$java -jar $jar check $plan"
  "JAVA_TOOL_OPTIONS='$cds' ./forum check $plan"
  "JAVA_TOOL_OPTIONS='$c1' ./forum check $plan"
  "JAVA_TOOL_OPTIONS='$cds $c1' ./forum check $plan"
  "JAVA_TOOL_OPTIONS='$cds $c1 -XX:+UseSerialGC' ./forum check $plan"
)
names=(
  "java -version"
  "./forum check"
  "java -jar forum.jar check (no launcher)"
  "./forum check, AppCDS"
  "./forum check, C1 only"
  "./forum check, AppCDS, C1 only"
  "./forum check, AppCDS, C1 only, Serial GC"
)

echo "machine: $(nproc) cores; $("$java" -version 2>&1 | head -1)"
# `forum check` exits non-zero when the plan breaks a clause: its time counts all the same.
if command -v hyperfine >/dev/null; then
  args=(--warmup "$warmup" --runs "$runs" --ignore-failure --export-json "$out/hyperfine.json" --style basic)
  for i in "${!commands[@]}"; do
    args+=(--command-name "${names[$i]}" "${commands[$i]}")
  done
  hyperfine "${args[@]}" 2>&1 | grep -v "Picked up JAVA_TOOL_OPTIONS"
else
  for i in "${!commands[@]}"; do
    times=()
    for ((run = 0; run < warmup + runs; run++)); do
      start=$(date +%s%N)
      bash -c "${commands[$i]}" >/dev/null 2>&1 || true
      end=$(date +%s%N)
      ((run >= warmup)) && times+=($(((end - start) / 1000000)))
    done
    sorted=($(printf '%s\n' "${times[@]}" | sort -n))
    echo "${names[$i]}: median ${sorted[$((runs / 2))]} ms, min ${sorted[0]} ms, max ${sorted[$((runs - 1))]} ms ($runs runs)"
  done
fi
