#!/usr/bin/env bash
# One command on a fresh Debian/Ubuntu machine: install everything and start the app on the demo region.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "run-demo: no display found; rendering the demo window to demo-window.png instead"
  exec .venv/bin/integreat-desk --demo --screenshot demo-window.png "$@"
fi
exec .venv/bin/integreat-desk --demo "$@"
