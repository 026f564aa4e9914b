#!/usr/bin/env bash
# Wall time of disabling every product at concurrency 1 (the PowerShell module's loop) and at the default concurrency,
# against the emulator with latency added to every request. Arguments: [products=40] [latencyMillis=100] [repetitions=3]
set -euo pipefail
cd "$(dirname "$0")/.."
# One reactor run, so the emulator resolves from this checkout, not from a repository.
mvn -B -ntp -q -pl commerce-core -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench.classpath
exec java -cp "commerce-core/target/test-classes:commerce-core/target/classes:$(cat commerce-core/target/bench.classpath)" \
  io.github.mscommerce.core.bench.ApplyBenchmark "$@"
