# Shared helpers for the benchmarks in scripts/. Source it; it is not a command.
#
# Every benchmark runs against a private redis-server on a free loopback port (never the
# machine's shared 6379), loads its own data, and times coordctl and redis-cli on the same
# data in the same run.

set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
COORDCTL="$ROOT/target/release/coordctl"
RUNS=${RUNS:-5}

build_release() {
    (cd "$ROOT" && cargo build --release --quiet)
}

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

# start_redis [extra redis-server args…]: sets PORT, BENCH_DIR, REDIS_URL; stops it on exit.
start_redis() {
    BENCH_DIR=$(mktemp -d /tmp/coordctl-bench.XXXXXX)
    PORT=$(free_port)
    redis-server --port "$PORT" --bind 127.0.0.1 --save "" --appendonly no \
        --dir "$BENCH_DIR" --logfile "$BENCH_DIR/redis.log" --daemonize yes "$@" >/dev/null
    trap 'redis-cli -p "$PORT" shutdown nosave >/dev/null 2>&1 || true; rm -rf "$BENCH_DIR"' EXIT
    for _ in $(seq 200); do
        redis-cli -p "$PORT" ping >/dev/null 2>&1 && break
        sleep 0.05
    done
    export REDIS_URL="redis://127.0.0.1:$PORT"
}

rcli() { redis-cli -p "$PORT" "$@"; }

# seconds CMD…: wall time of one run, in seconds with millisecond precision.
seconds() {
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null
    end=$(date +%s%N)
    awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f", (e - s) / 1e9 }'
}

# median_seconds CMD…: the median of $RUNS runs, after one warm-up run.
median_seconds() {
    "$@" >/dev/null
    local times=()
    for _ in $(seq "$RUNS"); do times+=("$(seconds "$@")"); done
    printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'
}

# interleave FN…: time shell functions round-robin, $RUNS rounds after one warm-up round, so
# that every contender sees the same machine load (a busy machine slows redis-cli's thousands
# of round trips far more than a few large ones). Sets MEDIAN[FN] to each one's median and
# TIMES[FN] to all its times in round order. Optional functions before_FN and after_FN run
# untimed around every run of FN (fresh data, checks of the result).
declare -A MEDIAN TIMES
interleave() {
    local fn
    declare -A all=()
    _hook() { if declare -F "$1_$2" >/dev/null; then "$1_$2"; fi; }
    for fn in "$@"; do _hook before "$fn"; "$fn" >/dev/null; _hook after "$fn"; done
    for _ in $(seq "$RUNS"); do
        for fn in "$@"; do
            _hook before "$fn"
            all[$fn]+="$(seconds "$fn") "
            _hook after "$fn"
        done
    done
    for fn in "$@"; do
        TIMES[$fn]=${all[$fn]% }
        # shellcheck disable=SC2086 # the list of times is meant to be split
        MEDIAN[$fn]=$(printf '%s\n' ${all[$fn]} | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
    done
}

# load_average: the 1, 5 and 15 minute load averages, to print next to timings.
load_average() { cut -d" " -f1-3 /proc/loadavg; }

# peak_mb CMD…: the command's peak resident memory in MB (GNU time).
peak_mb() {
    if [ ! -x /usr/bin/time ]; then echo "n/a (install GNU time: apt-get install time)"; return; fi
    /usr/bin/time -f '%M' -o "$BENCH_DIR/rss" "$@" >/dev/null
    awk '{ printf "%.1f", $1 / 1024 }' "$BENCH_DIR/rss"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
