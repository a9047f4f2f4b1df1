#!/usr/bin/env bash
# Runs Sigla's fuzzers, one per parser, each for a fixed number of runs, starting from the
# corpus kept in Fuzz/Corpus (cut from the real samples). See Docs/reliability.md.
#
#   Scripts/fuzz.sh [--iterations N] [--seeded] [--write-corpus] [target…]
#
# Targets: markup tei configuration collatex printed decision recipe (default: all).
# By default the fuzzers are built with libFuzzer and AddressSanitizer
# (swift build --sanitize=fuzzer --sanitize=address, in .build/fuzz) and run with
# -runs=N; a crash or a broken rule stops the run and leaves the input in
# .build/fuzz/artifacts/<target>/ (replay it with .build/debug/<Target>Fuzzer FILE).
# --seeded uses Sigla's own seeded mutational fuzzer instead (no sanitizer needed).
# --write-corpus rewrites the seeds in Fuzz/Corpus from Editions/memorias and ../shared/seed.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
iterations=100000
mode=libfuzzer
write_corpus=0
targets=()
while [ $# -gt 0 ]; do
    case "$1" in
        --iterations) iterations="$2"; shift 2 ;;
        --iterations=*) iterations="${1#*=}"; shift ;;
        --seeded) mode=seeded; shift ;;
        --write-corpus) write_corpus=1; shift ;;
        -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
        -*) echo "fuzz.sh: unknown option $1" >&2; exit 2 ;;
        *) targets+=("$1"); shift ;;
    esac
done
[ ${#targets[@]} -eq 0 ] && targets=(markup tei configuration collatex printed decision recipe)

fuzzer_of() {
    case "$1" in
        markup) echo MarkupFuzzer ;; tei) echo TEIFuzzer ;; configuration) echo ConfigurationFuzzer ;;
        collatex) echo CollateXFuzzer ;; printed) echo PrintedEditionFuzzer ;;
        decision) echo DecisionRecordFuzzer ;; recipe) echo RecipeFuzzer ;;
        *) echo "fuzz.sh: unknown target $1 (markup tei configuration collatex printed decision recipe)" >&2; exit 2 ;;
    esac
}
corpora_of() {
    case "$1" in
        recipe) echo "Fuzz/Corpus/recipeManifest Fuzz/Corpus/recipeDecisions" ;;
        *) echo "Fuzz/Corpus/$1" ;;
    esac
}

# The plain build: replay, seeds, dictionaries and the seeded fuzzer.
for target in "${targets[@]}"; do swift build --product "$(fuzzer_of "$target")" >/dev/null; done
if [ "$write_corpus" = 1 ]; then
    seed="$root/../shared/seed/memorias.txt"
    for target in "${targets[@]}"; do ".build/debug/$(fuzzer_of "$target")" --write-corpus "$root" "$seed"; done
fi

if [ "$mode" = seeded ]; then
    for target in "${targets[@]}"; do ".build/debug/$(fuzzer_of "$target")" --seeded "$iterations" "$root"; done
    exit 0
fi

build=.build/fuzz
failed=()
# No Swift backtracer on a crash: libFuzzer reports it, and the backtracer would hold the pipe.
export SWIFT_BACKTRACE=enable=no
# FoundationXML and Foundation's start-up leak a little (not Sigla): no leak report at exit.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}"
for target in "${targets[@]}"; do
    fuzzer="$(fuzzer_of "$target")"
    # In a release build SwiftPM's --sanitize=fuzzer links libFuzzer but leaves the Swift code
    # without coverage counters: ask swiftc for them, or libFuzzer fuzzes blind.
    swift build --build-path "$build" -c release --product "$fuzzer" \
        --sanitize=fuzzer --sanitize=address -Xswiftc -DSIGLA_LIBFUZZER \
        -Xswiftc -sanitize-coverage=edge,trace-cmp,inline-8bit-counters,pc-table \
        2>&1 | grep -v "Cannot export local symbol" | tail -1
    work="$build/corpus/$target"
    artifacts="$build/artifacts/$target/"
    mkdir -p "$work" "$artifacts"
    ".build/debug/$fuzzer" --write-dictionary "$build/$target.dict"
    echo "== $fuzzer: $iterations runs"
    # The first folder collects what libFuzzer finds; the kept corpus is only read.
    # shellcheck disable=SC2046
    # -detect_leaks=0: FoundationXML leaks a CFString each time libxml2 reports an error
    # (swift-corelibs-foundation, not Sigla); AddressSanitizer still stops on every memory error.
    "$build/release/$fuzzer" -runs="$iterations" -max_len=65536 -timeout=20 -rss_limit_mb=4096 -detect_leaks=0 \
        -dict="$build/$target.dict" -artifact_prefix="$artifacts" -print_final_stats=1 \
        "$work" $(corpora_of "$target") 2>&1 | grep -E "INITED|DONE|^Done|stat::|ERROR|violation|SUMMARY|Test unit" || true
    if ls "$artifacts" 2>/dev/null | grep -q .; then
        echo "fuzz.sh: $fuzzer found inputs that break it, in $artifacts" >&2
        failed+=("$target")
    fi
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzz.sh: failures in: ${failed[*]} (replay with .build/debug/<Target>Fuzzer FILE)" >&2
    exit 1
fi
