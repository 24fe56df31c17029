#!/usr/bin/env bash
# Sets up (if needed), builds and runs the demo: the GUI when a display exists and the GUI is
# built; otherwise a headless run that trains (once, then cached) the demo CNN on Fashion-MNIST,
# evaluates it and writes a summary file whose path it prints.
#   packaging/demo.sh [BUILD_DIR]      (default: build)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build}
"$here/packaging/setup.sh" "$build"
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -x "$build/app/faultline" ]; then
    exec "$build/app/faultline"
fi
exec "$build/app/faultline-cli" demo
