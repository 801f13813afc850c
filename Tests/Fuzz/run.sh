#!/bin/sh
# Builds and runs the libFuzzer target over ParleyIngest (Linux, Swift toolchain with
# libFuzzer). Usage: Tests/Fuzz/run.sh [seconds, default 600] [extra libFuzzer flags]
# Crashes are written as crash-* in the current folder; new inputs go to .build/fuzz-corpus.
set -eu
cd "$(dirname "$0")/../.."
seconds=${1:-600}
[ $# -gt 0 ] && shift
mkdir -p .build/fuzz-corpus
swiftc -O -g -sanitize=fuzzer,address -parse-as-library -module-name ParleyIngest \
  Sources/ParleyIngest/*.swift Tests/Fuzz/IngestFuzz.swift -o .build/fuzz-ingest
exec .build/fuzz-ingest -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=1024 \
  "$@" .build/fuzz-corpus Tests/Fuzz/seeds
