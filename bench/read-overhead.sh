#!/usr/bin/env bash
# What a read goal costs on top of Maven itself: `mvn -q -B -o commerce:products` against the emulator (no latency)
# next to `mvn -q -B -o validate`, both in the same trivial project, alternating, plus `mvn -q -B -o commerce:help`
# (prefix resolution and the plugin's class realm, no service call) to split the difference.
usage="usage: bench/read-overhead.sh [runs=10]
Builds first: mvn install -DskipTests of this checkout into a temporary local repository, seeded with a copy of the
normal one's third-party artifacts (LOCAL_REPOSITORY, default ~/.m2/repository; never written to). Then starts the
emulator jar and times each command RUNS times, alternating, after one untimed warm-up of each; prints min, median and
max of each and the differences of the medians and of the minimums.
Maven options for the build come from MAVEN_ARGS (split on whitespace); the timed commands are fixed. MAVEN_OPTS
reaches the timed JVMs too (e.g. MAVEN_OPTS=-Xlog:class+load:file=/tmp/cl.%p.txt to profile them).
KEEP_WORK=1 keeps the temporary folder (repository, settings.xml, project, emulator output) and prints its path."
set -euo pipefail
case "${1:-}" in -h | --help) echo "$usage"; exit 0 ;; esac
runs=${1:-10}
[[ $runs =~ ^[1-9][0-9]*$ ]] || { echo "$usage" >&2; exit 2; }
cd "$(dirname "$0")/.."

seed=${LOCAL_REPOSITORY:-$HOME/.m2/repository}
work=$(mktemp -d)
emulator_pid=
cleanup() {
  if [ -n "$emulator_pid" ]; then
    kill "$emulator_pid" 2>/dev/null || true
    wait "$emulator_pid" 2>/dev/null || true
  fi
  if [ "${KEEP_WORK:-}" = 1 ]; then
    echo "kept $work"
  else
    rm -rf "$work"
  fi
}
trap cleanup EXIT
fail() { echo "read-overhead: $1" >&2; [ -z "${2:-}" ] || cat "$2" >&2; exit 1; }

# 1. Build and install into a fresh repository (this project's group removed from the copy).
repo=$work/repository
if [ -d "$seed" ]; then cp -r "$seed" "$repo"; else mkdir -p "$repo"; fi
rm -rf "$repo/io/github/mscommerce"
read -r -a maven_args <<<"${MAVEN_ARGS:-}"
echo "Building and installing into $repo"
MAVEN_ARGS='' mvn -B -ntp -q "${maven_args[@]}" install -DskipTests -Dmaven.repo.local="$repo" >"$work/install.log" 2>&1 ||
  fail "the build failed:" "$work/install.log"

# 2. The emulator (its first lines: baseUrl=, certificate=, tenantId=, clientId=, clientSecret=).
jars=(commerce-emulator/target/commerce-emulator-*.jar)
java -jar "${jars[0]}" --port 0 --certificate "$work/emulator.pem" >"$work/emulator.log" 2>&1 &
emulator_pid=$!
for _ in $(seq 1 300); do
  grep -q '^clientSecret=' "$work/emulator.log" && break
  kill -0 "$emulator_pid" 2>/dev/null || fail "the emulator did not start:" "$work/emulator.log"
  sleep 0.1
done
value() { sed -n "s/^$1=//p" "$work/emulator.log" | head -n 1; }
export AZURE_CLIENT_SECRET
AZURE_CLIENT_SECRET=$(value clientSecret)
[ -n "$AZURE_CLIENT_SECRET" ] || fail "the emulator printed no credentials:" "$work/emulator.log"

# 3. A trivial project; the prefix comes from a pluginGroup, as outside a project.
project=$work/project
mkdir -p "$project"
cat >"$project/pom.xml" <<'EOF'
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId>
  <artifactId>trivial</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
</project>
EOF
cat >"$work/settings.xml" <<'EOF'
<settings>
  <pluginGroups>
    <pluginGroup>io.github.mscommerce</pluginGroup>
  </pluginGroups>
</settings>
EOF
common=(-q -B -o -s "$work/settings.xml" -Dmaven.repo.local="$repo")
service=(-Dcommerce.endpoint="$(value baseUrl)" -Dcommerce.authorityHost="$(value baseUrl)"
  -Dcommerce.trustCertificate="$(value certificate)" -Dcommerce.tenantId="$(value tenantId)"
  -Dcommerce.clientId="$(value clientId)")
names=(validate commerce:help commerce:products)
declare -A times cpu

timed() { # name -> appends the wall and the CPU (user + system) milliseconds to times[name] and cpu[name]
  local name=$1 measured
  local -a goal=("$name")
  [ "$name" != commerce:products ] || goal+=("${service[@]}")
  measured=$({
    TIMEFORMAT='%3R %3U %3S'
    time { (cd "$project" && MAVEN_ARGS='' mvn "${common[@]}" "${goal[@]}") >"$work/run.log" 2>&1; }
  } 2>&1) || fail "mvn ${common[*]} $name failed:" "$work/run.log"
  read -r wall user system <<<"$measured"
  times[$name]+=" $(awk -v w="$wall" 'BEGIN { printf "%d", w * 1000 }')"
  cpu[$name]+=" $(awk -v u="$user" -v s="$system" 'BEGIN { printf "%d", (u + s) * 1000 }')"
}

for name in "${names[@]}"; do timed "$name"; done # warm-up: page cache, not counted
times=() cpu=()
for _ in $(seq 1 "$runs"); do
  for name in "${names[@]}"; do timed "$name"; done
done

stats() { # "min median max" of the numbers given
  printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END {
    m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%d %d %d", v[1], m, v[NR] }'
}
echo "mvn -q -B -o <goal> in a trivial project, $runs runs each, alternating (ms; CPU = user + system of all threads):"
printf '  %-18s %6s %6s %6s   %10s\n' goal min median max 'median CPU'
declare -A median minimum
for name in "${names[@]}"; do
  # shellcheck disable=SC2086
  read -r lo mid hi <<<"$(stats ${times[$name]})"
  # shellcheck disable=SC2086
  read -r _ cpu_mid _ <<<"$(stats ${cpu[$name]})"
  median[$name]=$mid
  minimum[$name]=$lo
  printf '  %-18s %6d %6d %6d   %10d\n' "$name" "$lo" "$mid" "$hi" "$cpu_mid"
done
over() { # goal baseline [note]
  printf '  %-18s over %s: median %+d ms, min %+d ms%s\n' "$1" "$2" \
    "$((${median[$1]} - ${median[$2]}))" "$((${minimum[$1]} - ${minimum[$2]}))" "${3:-}"
}
over commerce:help validate
over commerce:products validate
over commerce:products commerce:help " (sign-in, listing, report)"
