#!/bin/sh
# Builds and runs a libFuzzer target (Linux, Swift toolchain with libFuzzer).
# Usage: Tests/Fuzz/run.sh [ingest|extract|render] [seconds, default 600] [extra libFuzzer flags]
#   ingest   every format reader of ParleyIngest (seeds: Tests/Fuzz/seeds)
#   extract  ParleyIngest then the Extractor on each article (seeds: seeds, seeds-extract)
#   render   the DOT text of both diagrams for mentions made of the input (seeds: seeds-render)
# extract and render need the embedded dictionaries of a `swift build` (run first if missing).
# Crashes are written as crash-* in the current folder; new inputs go to .build/fuzz-corpus-TARGET.
set -eu
cd "$(dirname "$0")/../.."
target=ingest
case "${1:-}" in ingest|extract|render) target=$1; shift ;; esac
seconds=${1:-600}
[ $# -gt 0 ] && shift
out=.build/fuzz
mkdir -p "$out" ".build/fuzz-corpus-$target"
flags="-O -g -sanitize=fuzzer,address -parse-as-library -I $out"
# One package module as an object file and a .swiftmodule (kept while no source is newer).
module() {
  name=$1; shift
  if [ -f "$out/$name.o" ] && [ -z "$(find "$@" -newer "$out/$name.o" 2>/dev/null | grep -v '^-' | head -1)" ]; then return; fi
  swiftc $flags -enable-testing -wmo -module-name "$name" -emit-module -emit-module-path "$out/$name.swiftmodule" \
    -c "$@" -o "$out/$name.o"
}
dictionaries() {
  file=$(find .build/plugins/outputs -path '*ParleyExtract/destination/EmbedDictionaries/*.swift' 2>/dev/null | head -1)
  if [ -z "$file" ]; then swift build --target ParleyExtract >&2; dictionaries; return; fi
  echo "$file"
}
graphviz="-Xcc -fmodule-map-file=Sources/CGraphviz/module.modulemap -I /usr/include/graphviz"
case $target in
ingest)
  swiftc $flags -module-name ParleyIngest Sources/ParleyIngest/*.swift Tests/Fuzz/IngestFuzz.swift -o .build/fuzz-ingest
  seeds="Tests/Fuzz/seeds" ;;
extract)
  module ParleyIngest Sources/ParleyIngest/*.swift
  module ParleyExtract $(find Sources/ParleyExtract -name '*.swift') "$(dictionaries)"
  swiftc $flags -module-name ExtractFuzz Tests/Fuzz/ExtractFuzz.swift "$out/ParleyIngest.o" "$out/ParleyExtract.o" \
    -o .build/fuzz-extract
  seeds="Tests/Fuzz/seeds Tests/Fuzz/seeds-extract" ;;
render)
  module ParleyIngest Sources/ParleyIngest/*.swift
  module ParleyExtract $(find Sources/ParleyExtract -name '*.swift') "$(dictionaries)"
  module ParleyGraph Sources/ParleyGraph/*.swift
  module ParleyRender $graphviz Sources/ParleyRender/*.swift
  swiftc $flags $graphviz -module-name RenderFuzz Tests/Fuzz/RenderFuzz.swift "$out/ParleyIngest.o" "$out/ParleyExtract.o" \
    "$out/ParleyGraph.o" "$out/ParleyRender.o" -lgvc -lcgraph -lcdt -o .build/fuzz-render
  seeds="Tests/Fuzz/seeds-render" ;;
esac
# Graphviz's one-time set-up (fontconfig) leaks by design; our own leaks are still reported.
LSAN_OPTIONS="suppressions=$(pwd)/Tests/Fuzz/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
export LSAN_OPTIONS
# shellcheck disable=SC2086
exec ".build/fuzz-$target" -max_total_time="$seconds" -max_len=65536 -timeout=60 -rss_limit_mb=2048 \
  "$@" ".build/fuzz-corpus-$target" $seeds
