#!/usr/bin/env bash
# A fuzz campaign (issue 14, item 1): builds the libFuzzer targets of tests/fuzz with clang and
# AddressSanitizer + UndefinedBehaviorSanitizer in build-fuzz/, then runs each for its share of
# SECONDS (default 600 in all), starting from the corpus kept in tests/fuzz/corpus/TARGET. New
# interesting inputs go to build-fuzz/corpus/TARGET (merge the useful ones into the repository);
# a crash leaves its reproducer in build-fuzz/findings/. Prints executions per target and in all.
#   scripts/fuzz.sh [SECONDS]
set -euo pipefail

seconds=${1:-600}
root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/build-fuzz"
jobs=${FUZZ_JOBS:-1}

"$root/scripts/deps.sh" --fuzz

cmake -S "$root" -B "$build" -G Ninja \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER=clang-14 -DCMAKE_CXX_COMPILER=clang++-14 \
    -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined" \
    -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" \
    -DZENML_FUZZ=ON -DZENML_WERROR=OFF >/dev/null

targets=(remoteparsers errormapper jwtclaims serverurl cliarguments accessfile)
nice cmake --build "$build" -j2 --target "${targets[@]/#/fuzz_}"

per=$(( seconds / ${#targets[@]} ))
[ "$per" -ge 1 ] || per=1
mkdir -p "$build/findings"
total=0
for t in "${targets[@]}"; do
    mkdir -p "$build/corpus/$t"
    log="$build/fuzz_$t.log"
    # Bounded: -max_total_time ends the run; timeout(1) ends a run that hangs regardless. With
    # FUZZ_JOBS above 1, libFuzzer runs that many processes, each logging to fuzz-N.log in the
    # directory it runs in; their logs are gathered into $log.
    parallel=()
    [ "$jobs" -le 1 ] || parallel=(-jobs="$jobs" -workers="$jobs")
    rundir="$build/run/$t"
    rm -rf "$rundir" && mkdir -p "$rundir"
    status=0
    (cd "$rundir" && timeout --kill-after=30 $(( per + 120 )) \
        "$build/tests/fuzz/fuzz_$t" -max_total_time="$per" -print_final_stats=1 \
        -timeout=10 -rss_limit_mb=2048 "${parallel[@]}" \
        -artifact_prefix="$build/findings/$t-" \
        "$build/corpus/$t" "$root/tests/fuzz/corpus/$t") >"$log" 2>&1 || status=$?
    cat "$rundir"/fuzz-*.log >>"$log" 2>/dev/null || true
    execs=$(grep -h 'stat::number_of_executed_units' "$log" | awk '{s += $2} END {print s + 0}')
    cov=$(grep -ho 'cov: [0-9]*' "$log" | tail -1 | awk '{print $2}')
    total=$(( total + execs ))
    echo "$t: $execs executions, coverage ${cov:-?} edges, exit $status"
    if [ "$status" -ne 0 ]; then
        echo "  finding: see $log and $build/findings/" >&2
    fi
done
echo "total: $total executions, ${per}s per target (${#targets[@]} targets)"
