#!/usr/bin/env bash
# Times `forum check` on the Keski-Suomi example as whole processes, against a bare `java -version`
# start of the same JVM: through the launcher as shipped (its class-data archive, C1 only), the same
# java command without the launcher, and without each of the launcher's options: the archive
# (AppCDS, made by the launcher's training run), C1 only; and with the serial collector on top.
# Uses hyperfine when it is installed (apt-get install -y hyperfine), else a loop.
#   benchmarks/run-cli.sh               20 timed runs of each, after 3 warm-ups
#   benchmarks/run-cli.sh --smoke       2 runs of each, to see that everything runs
#   benchmarks/run-cli.sh --realtime    the timed runs at real-time priority (chrt -f 10, as root):
#                                       on a machine others are building on, as if it were quiet
set -euo pipefail
cd "$(dirname "$0")/.."

runs=20
warmup=3
priority=()
for argument in "$@"; do
  case "$argument" in
    --smoke) runs=2; warmup=0 ;;
    --realtime) priority=(chrt -f 10) ;;
    *) echo "run-cli.sh: unknown argument $argument" >&2; exit 2 ;;
  esac
done
plan=examples/plans/keski-suomi-2026.yaml
out=benchmarks/target/cli
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

if [[ ! -x ./forum || ! -f "$plan" ]]; then
  echo "run-cli.sh: ./forum or $plan is missing: the CLI has not landed on this branch" >&2
  exit 2
fi
./mvnw -B -q -pl forum-cli -am package -DskipTests -Dmaven.javadoc.skip -Dmaven.source.skip
# Maven leaves an unchanged jar's time alone; the launcher compares it with the sources' times and
# would rebuild in every timed run if a source looked newer. A newer jar also makes the launcher
# train a new class-data archive, as after any rebuild: that is the run below.
touch forum-cli/target/forum.jar
mkdir -p "$out"
./forum check "$plan" >/dev/null 2>&1 || true
archive=forum-cli/target/forum.jsa
if [[ ! -f "$archive" || forum-cli/target/forum.jar -nt "$archive" ]]; then
  echo "run-cli.sh: the launcher made no class-data archive at $archive after a rebuild" >&2
  exit 1
fi

jar=forum-cli/target/forum.jar
# The launcher's options (see ./forum), to time the same command without it and without each of them.
cds="-XX:SharedArchiveFile=$archive"
c1="-XX:TieredStopAtLevel=1"
quiet="-Xlog:cds=off -Xlog:cds+dynamic=off"
commands=(
  "$java -version"
  "./forum check $plan"
  "$java $cds $c1 $quiet -jar $jar check $plan"
  "$java $cds $quiet -jar $jar check $plan"
  "$java $c1 -jar $jar check $plan"
  "$java -jar $jar check $plan"
  "$java $cds $c1 -XX:+UseSerialGC $quiet -jar $jar check $plan"
)
names=(
  "java -version"
  "./forum check (AppCDS, C1 only)"
  "java AppCDS, C1 only (no launcher)"
  "java AppCDS (C2 too)"
  "java C1 only (no archive)"
  "java -jar (neither)"
  "java AppCDS, C1 only, Serial GC"
)

echo "machine: $(nproc) cores; $("$java" -version 2>&1 | head -1)"
# `forum check` exits non-zero when the plan breaks a clause: its time counts all the same.
if command -v hyperfine >/dev/null; then
  args=(--warmup "$warmup" --runs "$runs" --ignore-failure --export-json "$out/hyperfine.json" --style basic)
  for i in "${!commands[@]}"; do
    args+=(--command-name "${names[$i]}" "${commands[$i]}")
  done
  "${priority[@]}" hyperfine "${args[@]}"
else
  for i in "${!commands[@]}"; do
    times=()
    for ((run = 0; run < warmup + runs; run++)); do
      start=$(date +%s%N)
      "${priority[@]}" bash -c "${commands[$i]}" >/dev/null 2>&1 || true
      end=$(date +%s%N)
      ((run >= warmup)) && times+=($(((end - start) / 1000000)))
    done
    sorted=($(printf '%s\n' "${times[@]}" | sort -n))
    echo "${names[$i]}: median ${sorted[$((runs / 2))]} ms, min ${sorted[0]} ms, max ${sorted[$((runs - 1))]} ms ($runs runs)"
  done
fi
