#!/usr/bin/env bash
# Wall time of disabling every product at concurrency 1 (the PowerShell module's loop) and at the default concurrency,
# against the emulator with latency added to every request.
usage="usage: bench/apply-benchmark.sh [products=40] [latencyMillis=100] [repetitions=3]
Builds first (mvn test-compile of commerce-core and the emulator, from this checkout), then runs the benchmark.
Maven options for that build come from the MAVEN_ARGS environment variable, split on whitespace
(e.g. MAVEN_ARGS='-o -Dmaven.repo.local=/tmp/repo'); the arguments are the benchmark's own."
set -euo pipefail
case "${1:-}" in -h | --help) echo "$usage"; exit 0 ;; esac
cd "$(dirname "$0")/.."

# Maven 3.9's mvn adds $MAVEN_ARGS itself and 3.8's does not: pass them here, once, for both.
read -r -a maven_args <<<"${MAVEN_ARGS:-}"
# One reactor run, so the emulator resolves from this checkout, not from a repository.
MAVEN_ARGS='' mvn -B -ntp -q "${maven_args[@]}" -pl commerce-core -am test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
exec java -cp "commerce-core/target/test-classes:commerce-core/target/classes:$(cat commerce-core/target/bench.classpath)" \
  io.github.mscommerce.core.bench.ApplyBenchmark "$@"
