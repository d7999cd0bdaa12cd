#!/usr/bin/env bash
# Builds the benchmarks jar and runs every JMH benchmark (about 10 minutes on two cores), printing
# medians, errors and ratios to the baselines; then times the CLI as whole processes (run-cli.sh).
#   benchmarks/run.sh            everything, for RESULTS.md
#   benchmarks/run.sh --smoke    one short iteration of each, to see that everything runs
#   benchmarks/run.sh Rules      only benchmarks matching a regex (JMH's include syntax)
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -B -q -pl benchmarks -am package -DskipTests -Dmaven.javadoc.skip -Dmaven.source.skip
mkdir -p benchmarks/target
{
  echo "cores: $(nproc)"
  free -h | head -2
  java -version 2>&1
  uptime
} | tee benchmarks/target/machine.txt
java -cp benchmarks/target/benchmarks.jar fi.hyvinvointialue.forum.benchmarks.RunAll \
  benchmarks/target/jmh-result.json "$@" | tee benchmarks/target/jmh-summary.txt

if [[ $# -eq 0 || "$1" == "--smoke" ]]; then
  if [[ -x ./forum ]]; then
    benchmarks/run-cli.sh "$@" | tee benchmarks/target/cli-summary.txt
  else
    echo "CLI timings skipped: there is no ./forum launcher on this branch"
  fi
fi
