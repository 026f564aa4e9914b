#!/usr/bin/env bash
# verify-policy, then apply, over many tenants of the in-process emulator with latency added to every request: wall
# time against its floor, requests against the minimum, requests in flight, peak heap.
usage="usage: bench/tenants-benchmark.sh [tenants=1000] [latencyMillis=50]
Builds first (mvn test-compile of commerce-core and the emulator, from this checkout), then runs the benchmark.
Maven options for that build come from the MAVEN_ARGS environment variable, split on whitespace
(e.g. MAVEN_ARGS='-o -Dmaven.repo.local=/tmp/repo'); the arguments are the benchmark's own. The benchmark's JVM runs
with JAVA_OPTS (default -Xmx512m: the heap target is a limit it must run within)."
set -euo pipefail
case "${1:-}" in -h | --help) echo "$usage"; exit 0 ;; esac
cd "$(dirname "$0")/.."

# Maven 3.9's mvn adds $MAVEN_ARGS itself and 3.8's does not: pass them here, once, for both.
read -r -a maven_args <<<"${MAVEN_ARGS:-}"
echo "Building commerce-core and the emulator (test-compile) first…" >&2
# One reactor run, so the emulator resolves from this checkout, not from a repository; nothing is installed.
MAVEN_ARGS= mvn -B -ntp -q "${maven_args[@]}" -pl commerce-core -am test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
read -r -a java_opts <<<"${JAVA_OPTS:--Xmx512m}"
exec java "${java_opts[@]}" \
  -cp "commerce-core/target/test-classes:commerce-core/target/classes:$(cat commerce-core/target/bench.classpath)" \
  io.github.mscommerce.core.bench.TenantsBenchmark "$@"
