#!/usr/bin/env bash
# Installs what Sigla needs on Debian/Ubuntu: libgit2 to build and run, git and the
# validators the tests run exports through (jing for TEI, …). Needs root or sudo.
set -euo pipefail

packages=(libgit2-dev pkg-config git jing poppler-utils
    texlive-latex-recommended texlive-latex-extra texlive-humanities lmodern chromium)

# `--list` prints the packages, for CI to install them itself.
if [ "${1:-}" = "--list" ]; then
    echo "${packages[@]}"
    exit 0
fi

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

as_root=()
[ "$(id -u)" -eq 0 ] || as_root=(sudo)
echo "Installing: ${missing[*]}" >&2
"${as_root[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
