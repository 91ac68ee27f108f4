#!/usr/bin/env bash
# Builds what the benchmarks need and runs them all, then prints a summary table.
# Benchmarks are not tests: nothing here runs in `mvn verify`. See BENCHMARKS.md for the figures.
#
#   benchmarks/run.sh                   everything (about 15-20 minutes on 2 cores)
#   BENCH_QUICK=1 benchmarks/run.sh     smaller scales and shorter runs (a smoke run)
#   BENCH_SKIP_BUILD=1 ...              reuse the last build
#   BENCH_JMH=1 ...                     also run the JMH start-up and admission-chain benchmarks
#   BENCH_PROFILE=1 ...                 also profile the warm server under wrk load (JFR) and
#                                       print its hottest methods
#   BENCH_ONLY="client memory" ...      run only some parts: client throughput startup reset memory
#                                       (and delete: DELETE latency as the namespace grows, not run
#                                       by default)
#   BENCH_TRANSPORT=vertx5 ...          the fabric8 client's HTTP transport for the client part:
#                                       jdk (default) or vertx5 (a lower client floor)
#   MVN=mvn ...                         build with another Maven than ./mvnw (e.g. "mvn -o")
#
# All traffic goes to servers this script starts on 127.0.0.1; every run is bounded in time.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
OUT=benchmarks/target/run
LOGS=$OUT/logs
RESULTS=$OUT/results.tsv
MVN=${MVN:-./mvnw}
QUICK=${BENCH_QUICK:-0}

if [[ $QUICK == 1 ]]; then
  KUBESIM_MAX=10000; MOCK_MAX=1000; GETS=300; CLIENT_WARMUP=10; LOAD_SECONDS=5; LOAD_WARMUP=5; DRIVER_WARMUP=3; MEMORY_PODS=20000
else
  KUBESIM_MAX=100000; MOCK_MAX=10000; GETS=1000; CLIENT_WARMUP=30; LOAD_SECONDS=15; LOAD_WARMUP=30; DRIVER_WARMUP=10; MEMORY_PODS=100000
fi

if [[ ${BENCH_SKIP_BUILD:-0} != 1 ]]; then
  echo "== building simulator, mock server and benchmark driver"
  $MVN -q -B -DskipTests -pl simulator,junit-extension,benchmarks/mock-server,benchmarks/driver -am package
fi
rm -rf "$OUT"
mkdir -p "$LOGS"

JAR=$ROOT/simulator/target/kubesim.jar
# A build of the driver alone (-pl without -am) resolves kubesim from ~/.m2, maybe another version.
if tr ':' '\n' <benchmarks/driver/target/runtime-classpath.txt | grep '/kubesim-' | grep -qv "^$ROOT/"; then
  echo "benchmarks/driver/target/runtime-classpath.txt names kubesim jars outside this tree; rebuild without BENCH_SKIP_BUILD"
  exit 1
fi
MOCK_CP=$ROOT/benchmarks/mock-server/target/classes:$(cat benchmarks/mock-server/target/runtime-classpath.txt)
DRIVER_CP=$ROOT/benchmarks/driver/target/classes:$(cat benchmarks/driver/target/runtime-classpath.txt)
PROPS=(-Dbench.results="$RESULTS" -Dbench.warmup.seconds="$CLIENT_WARMUP" -Dbench.logs="$LOGS" -Dbench.mock.classpath="$MOCK_CP" -Dbench.kubesim.jar="$JAR" -Dbench.transport="${BENCH_TRANSPORT:-jdk}")
drive() { java "${PROPS[@]}" "$@"; }

machine() {
  echo "- CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), nproc $(nproc)"
  echo "- memory (free -h):"
  free -h | sed 's/^/      /'
  echo "- java -version:"
  java -version 2>&1 | sed 's/^/      /'
  echo "- load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
}
machine | tee "$OUT/machine.txt"
ONLY=" ${BENCH_ONLY:-client throughput startup reset memory} "
part() { [[ $ONLY == *" $1 "* ]]; }

if part client; then
  echo "== client latency (fabric8 client 7.9.0, ${BENCH_TRANSPORT:-jdk} transport)"
  drive -cp "$DRIVER_CP" io.kubesim.benchmarks.ClientLatencyBenchmark floor 10000 "$GETS"
  drive -cp "$DRIVER_CP" io.kubesim.benchmarks.ClientLatencyBenchmark mock "$MOCK_MAX" "$GETS"
  drive -cp "$DRIVER_CP" io.kubesim.benchmarks.ClientLatencyBenchmark kubesim-standalone "$KUBESIM_MAX" "$GETS"
  drive -cp "$DRIVER_CP" io.kubesim.benchmarks.ClientLatencyBenchmark kubesim "$KUBESIM_MAX" "$GETS"
fi

# --- throughput against the standalone server -------------------------------------------------
SERVER_PID=""
stop_server() {
  if [[ -n $SERVER_PID ]]; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=""
  fi
}
trap stop_server EXIT

start_server() { # $1: name, then extra JVM options; sets SERVER_PID, SERVER_URL, SERVER_KUBECONFIG
  local name=$1
  shift
  SERVER_KUBECONFIG=$OUT/$name.kubeconfig
  java "$@" -jar "$JAR" serve --port 0 --kubeconfig "$SERVER_KUBECONFIG" >"$LOGS/$name.out" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 600); do
    if grep -q 'serving the Kubernetes API at' "$LOGS/$name.out"; then break; fi
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then echo "kubesim exited, see $LOGS/$name.out"; exit 1; fi
    sleep 0.1
  done
  SERVER_URL=$(sed -n 's/.*serving the Kubernetes API at //p' "$LOGS/$name.out" | head -1)
}

if part throughput; then
  if ! command -v wrk >/dev/null && [[ $(id -u) == 0 ]]; then
    echo "== installing wrk"
    (apt-get update -qq && apt-get install -y -qq wrk) >"$LOGS/apt.log" 2>&1 || echo "could not install wrk"
  fi

  # One standalone server for every load run: a cold server's JIT needs tens of seconds of load on
  # 2 cores before its throughput settles, so it is warmed once, then measured by each driver.
  echo "== throughput: standalone kubesim, 16 connections, POST pods with generateName"
  start_server kubesim-load
  export KUBESIM_TOKEN
  KUBESIM_TOKEN=$(sed -n 's/^ *token: *//p' "$SERVER_KUBECONFIG" | head -1)
  if command -v wrk >/dev/null; then
    wrk -t2 -c16 -d"${LOAD_WARMUP}s" -s benchmarks/wrk/create-pods.lua "$SERVER_URL" >"$LOGS/wrk-warmup.txt"
    grep 'Requests/sec' "$LOGS/wrk-warmup.txt" | sed 's/^/  warm-up: /'
    wrk -t2 -c16 -d"${LOAD_SECONDS}s" --latency -s benchmarks/wrk/create-pods.lua "$SERVER_URL" | tee "$LOGS/wrk.txt"
    awk -v out="$RESULTS" '
      / requests in / { total = $1; secs = $4; sub(/s,$/, "", secs) }
      /Non-2xx or 3xx responses:/ { bad = $5 }
      /Socket errors:/ { errors = $0; sub(/^ *Socket errors: */, "", errors); print "throughput.wrk.socket_errors\t" errors >> out }
      END {
        printf "throughput.wrk.requests\t%d\n", total >> out
        printf "throughput.wrk.failed\t%d\n", bad + 0 >> out
        printf "throughput.wrk.creates_per_s\t%.1f\n", (total - bad) / secs >> out
      }' "$LOGS/wrk.txt"
  else
    echo "wrk not available: skipping the wrk run"
  fi
  echo "-- Vert.x 5 web client driver (its own JVM warms up for ${DRIVER_WARMUP}s first)"
  drive -cp "$DRIVER_CP" io.kubesim.benchmarks.ThroughputBenchmark "$SERVER_KUBECONFIG" 16 "$LOAD_SECONDS" "$DRIVER_WARMUP"
  if [[ ${BENCH_PROFILE:-0} == 1 ]] && command -v wrk >/dev/null && command -v jcmd >/dev/null; then
    echo "== profile: the warm server under another ${LOAD_SECONDS}s of wrk load (JFR)"
    jcmd "$SERVER_PID" JFR.start name=bench settings=profile >/dev/null
    wrk -t2 -c16 -d"${LOAD_SECONDS}s" -s benchmarks/wrk/create-pods.lua "$SERVER_URL" >"$LOGS/wrk-profiled.txt"
    jcmd "$SERVER_PID" JFR.stop name=bench filename="$ROOT/$OUT/kubesim-wrk.jfr" >/dev/null
    java -cp "$DRIVER_CP" io.kubesim.benchmarks.ProfileReport "$OUT/kubesim-wrk.jfr" 25 | tee "$OUT/profile.txt"
  fi
  stop_server
fi

if part startup; then
  echo "== start-up of a second simulator in a warm JVM"
  drive -cp "$DRIVER_CP" io.kubesim.benchmarks.StartupBenchmark 30 50
  if [[ ${BENCH_JMH:-0} == 1 ]]; then
    java -cp "$DRIVER_CP" org.openjdk.jmh.Main SecondInstanceStartupBenchmark -rf text -rff "$OUT/jmh.txt" | tail -5
    java -cp "$DRIVER_CP" org.openjdk.jmh.Main AdmissionChainBenchmark -rf text -rff "$OUT/jmh-chain.txt" | tail -10
  fi
fi

if part reset; then
  echo "== JUnit extension: reset between tests, overhead per test (budget 5 ms)"
  drive -cp "$DRIVER_CP" io.kubesim.benchmarks.ResetOverheadBenchmark 7
fi

if part delete; then
  echo "== delete latency as the namespace grows"
  drive -cp "$DRIVER_CP" io.kubesim.benchmarks.DeleteLatencyBenchmark "$KUBESIM_MAX" 300
fi

if part memory; then
  echo "== memory: $MEMORY_PODS pods in a 1 GiB heap"
  drive -Xmx1g -cp "$DRIVER_CP" io.kubesim.benchmarks.MemoryBenchmark "$MEMORY_PODS"
fi

echo "- load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" >>"$OUT/machine.txt"
echo
echo "== summary ($RESULTS)"
cat "$OUT/machine.txt"
echo
drive -cp "$DRIVER_CP" io.kubesim.benchmarks.SummaryTable
