#!/usr/bin/env bash
# The main job, end to end, on the sample in Editions/memorias: make an edition
# repository in a fresh directory, add the witnesses, and show what git recorded.
# Usage: Scripts/demo.sh [path/to/sigla] [output directory]
set -euo pipefail
cd "$(dirname "$0")/.."
sigla=${1:-.build/release/sigla}
out=${2:-$(mktemp -d "${TMPDIR:-/tmp}/sigla-demo.XXXXXX")}
sigla=$(cd "$(dirname "$sigla")" && pwd)/$(basename "$sigla")
sample=$PWD/Editions/memorias
edition=$out/memorias
editor="Jean Rière <jean.riere@example.org>"

if [ -t 1 ]; then bold=$'\033[1m'; plain=$'\033[0m'; else bold=; plain=; fi
step() { printf '\n%s== %s%s\n' "$bold" "$*" "$plain"; }

step "sigla init"
"$sigla" init "$edition" --title "Memorias de un revolucionario 1905-1945" --editor "$editor" \
    --note "Witnesses reconstructed from the editorial notes of the printed edition (2018)."

step "sigla witness check"
"$sigla" witness check "$sample/witnesses/TS.txt"

step "sigla witness add"
"$sigla" -C "$edition" witness add TS "$sample/witnesses/TS.txt" --kind typescript --date 1943 \
    --title "Mecanoscrito revisado por el autor" --editor "$editor"

step "sigla witness list"
"$sigla" -C "$edition" witness list

step "sigla witness show TS-ac (before the author's revisions) and TS (after)"
"$sigla" -C "$edition" witness show TS-ac
"$sigla" -C "$edition" witness show TS

step "git log (the edition is an ordinary git repository)"
git -C "$edition" log --format='%h %an %ad%n    %s%n%(trailers:key=Witness,separator=%x2C )' --date=short

step "git status"
git -C "$edition" status --short --branch

printf '\nThe edition is in %s\n' "$edition"
