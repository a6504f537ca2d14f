#!/usr/bin/env bash
# Refresh resources/i18n/*.ts from the UI code (English source strings). Translate new entries in
# Qt Linguist (`.venv/bin/pyside6-linguist resources/i18n/integreat_desk_de.ts`); the set-up builds .qm.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t sources < <(find editor/views editor/app.py -name '*.py' | sort)
for lang in de en; do
  .venv/bin/pyside6-lupdate -silent -no-obsolete -locations none -source-language en \
    -target-language "$lang" "${sources[@]}" -ts "resources/i18n/integreat_desk_${lang}.ts"
done
.venv/bin/python scripts/english_plurals.py resources/i18n/integreat_desk_en.ts
