#!/usr/bin/env bash
# Install everything Integreat Desk needs on Debian/Ubuntu: system packages (via apt when run as root,
# otherwise the exact command is printed), a virtual environment in .venv with the app, and the
# compiled UI translations. Usage: scripts/setup.sh [--test]
set -euo pipefail
cd "$(dirname "$0")/.."
want_test=0
[ "${1:-}" = "--test" ] && want_test=1

packages=()
while IFS= read -r line; do
  line="${line%%$'\r'}"
  [ -z "$line" ] && continue
  case "$line" in \#*) continue ;; esac
  name="${line%%#*}"; name="${name// /}"
  if [[ "$line" == *"# test"* ]] && [ "$want_test" = 0 ]; then continue; fi
  packages+=("$name")
done < scripts/system-packages.txt

missing=()
for pkg in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "setup: installing system packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "setup: these system packages are missing; install them and run this again:" >&2
    echo "  sudo apt-get install ${missing[*]}" >&2
    exit 1
  fi
fi

python=${PYTHON:-python3}
"$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || {
  echo "setup: Python 3.11 or newer is needed ($("$python" --version 2>&1) found)" >&2; exit 1; }
if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
if [ "$want_test" = 1 ]; then
  .venv/bin/python -m pip install -q -e ".[test,lint,build]" --config-settings editable_mode=compat
else
  .venv/bin/python -m pip install -q -e . --config-settings editable_mode=compat
fi
# Byte-code up front: start-up stays fast even where PYTHONDONTWRITEBYTECODE is set.
.venv/bin/python -m compileall -q editor >/dev/null
# UI translations: .ts (committed) -> .qm (built here, not committed)
for ts in resources/i18n/*.ts; do
  [ -e "$ts" ] || continue
  .venv/bin/pyside6-lrelease -silent "$ts" -qm "${ts%.ts}.qm"
done
# The demo working copy made ahead: a first --demo start copies it instead of pulling (not committed)
.venv/bin/python -m editor.demo_copy >/dev/null || echo "setup: no demo copy made ahead (the first --demo start pulls it)"
echo "setup: done (.venv ready)"
