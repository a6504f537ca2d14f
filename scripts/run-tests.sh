#!/usr/bin/env bash
# One command: install the test dependencies (system packages, dictionaries, the local Integreat CMS peer)
# and run the whole suite: lint, types, import contracts, i18n freshness, tests.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
export QT_QPA_PLATFORM=offscreen

echo "== lint"
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/mypy
.venv/bin/lint-imports

echo "== local Integreat CMS peer"
tests/cms_peer/peer.sh install
tests/cms_peer/peer.sh start
trap 'tests/cms_peer/peer.sh stop || true' EXIT

echo "== tests"
.venv/bin/python -m pytest -p no:cacheprovider "$@"

echo "== installers: build the Linux bundle, .deb and tarball; install and self-test the .deb"
if [ "$(id -u)" = 0 ]; then
  scripts/build-linux.sh --check
else
  echo "run-tests: not root, so the .deb is built but not installed (scripts/build-linux.sh --check needs root)"
  scripts/build-linux.sh
fi
