#!/usr/bin/env bash
# Build the Linux installers from installers/app.spec: the onedir bundle, a .deb and a tarball.
#
#   scripts/build-linux.sh           build dist/integreat-desk/, dist/integreat-desk_<v>_<arch>.deb and
#                                    dist/integreat-desk-<v>-linux-<arch>.tar.gz
#   scripts/build-linux.sh --check   … then install the .deb here (root), run --self-test and
#                                    --demo --screenshot from the installed files, run the tarball in
#                                    portable mode, and report installed size and start-up times
#
# Needs the set-up (scripts/setup.sh --test: the venv, the .qm files, the dictionaries, fonts-noto-core,
# appstream) and installs PyInstaller into the venv (the "build" extra) when it is missing.
# VENV=path picks another virtual environment (default .venv).
set -euo pipefail
cd "$(dirname "$0")/.."
venv=${VENV:-.venv}
check=0
[ "${1:-}" = "--check" ] && check=1

version=$("$venv/bin/python" -c 'import editor; print(editor.__version__)')
arch=$(dpkg --print-architecture)
case "$arch" in amd64) tarch=x86_64 ;; arm64) tarch=aarch64 ;; *) tarch=$arch ;; esac
app_id=de.integreat_app.IntegreatDesk
step() { echo "== build-linux: $*"; }

step "tools"
"$venv/bin/python" -c 'import PyInstaller' 2>/dev/null || "$venv/bin/python" -m pip install -q -e ".[build]"
for ts in resources/i18n/*.ts; do "$venv/bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"; done
"$venv/bin/python" -m editor.demo_copy >/dev/null  # the demo working copy made ahead (start-up)

step "dictionaries (build/dictionaries)"
"$venv/bin/python" installers/collect_dictionaries.py build/dictionaries

step "bundle (dist/integreat-desk)"
start=$(date +%s)
"$venv/bin/pyinstaller" --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
  installers/app.spec 2>&1 | grep -v -e "Ignoring non-existent resource" -e "Hidden import .* not found" || true
[ -x dist/integreat-desk/integreat-desk ] || { echo "build-linux: PyInstaller made no executable" >&2; exit 1; }
echo "bundle built in $(( $(date +%s) - start )) s"

step "package tree (build/deb)"
root=build/deb/integreat-desk
rm -rf "$root"
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" "$root/usr/share/metainfo" \
  "$root/usr/share/icons/hicolor/scalable/apps" "$root/usr/share/icons/hicolor/256x256/apps" \
  "$root/usr/share/doc/integreat-desk"
cp -a dist/integreat-desk "$root/opt/integreat-desk"
ln -s /opt/integreat-desk/integreat-desk "$root/usr/bin/integreat-desk"
cp installers/linux/$app_id.desktop "$root/usr/share/applications/"
sed -e "s/@VERSION@/$version/" -e "s/@DATE@/$(date -u +%Y-%m-%d)/" installers/linux/$app_id.metainfo.xml \
  > "$root/usr/share/metainfo/$app_id.metainfo.xml"
cp installers/icons/integreat-desk.svg "$root/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
cp installers/icons/integreat-desk.png "$root/usr/share/icons/hicolor/256x256/apps/$app_id.png"
cp build/dictionaries/SOURCES.txt "$root/usr/share/doc/integreat-desk/dictionaries.txt"
printf 'Integreat Desk %s — MIT licence.\nBundled parts and their licences: Help → About in the app.\n' \
  "$version" > "$root/usr/share/doc/integreat-desk/copyright"

step "metadata checks"
appstreamcli validate --no-net --explain "$root/usr/share/metainfo/$app_id.metainfo.xml"
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$root/usr/share/applications/$app_id.desktop"
fi

step "Depends (ldd -> dpkg -S)"
depends=$(installers/linux/deb_depends.sh "$root/opt/integreat-desk")
# dlopen()ed, so invisible to ldd: enchant (spellcheck) and a Latin font for the UI
depends="$depends, libenchant-2-2, fontconfig, fonts-dejavu-core | fonts-liberation2"
echo "Depends: $depends"
installed_kb=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
cat > "$root/DEBIAN/control" <<CONTROL
Package: integreat-desk
Version: $version
Architecture: $arch
Maintainer: Integreat Desk team <desk@integreat-app.de>
Installed-Size: $installed_kb
Depends: $depends
Section: editors
Priority: optional
Homepage: https://integreat-app.de
Description: Desktop editor for multilingual Integreat CMS content
 Edit a region's Integreat content offline, side by side in two languages, with
 spellcheck in every Integreat language, a German readability score and a safe
 two-way sync with the Integreat CMS. Run "integreat-desk --self-test" to check
 the installation.
CONTROL

step "packages (dist/)"
deb=dist/integreat-desk_${version}_${arch}.deb
tarball=dist/integreat-desk-${version}-linux-${tarch}.tar.gz
dpkg-deb --root-owner-group -Zzstd --build "$root" "$deb" >/dev/null
tar -C dist -czf "$tarball" integreat-desk
ls -l "$deb" "$tarball"
[ "$check" = 1 ] || exit 0

step "install the .deb on this machine"
if [ "$(id -u)" != 0 ]; then echo "build-linux --check: installing the .deb needs root" >&2; exit 1; fi
dpkg -i "$deb" >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

step "installed: integreat-desk --self-test --lang de"
QT_QPA_PLATFORM=offscreen /usr/bin/integreat-desk --self-test --lang de --data "$work/data"

step "installed, every system dictionary hidden: the bundled ones are used"
if unshare -m true 2>/dev/null; then
  mkdir -p "$work/empty"
  unshare -m bash -ec 'set -o pipefail
    for d in /usr/share/hunspell /usr/share/myspell /usr/lib/aspell /var/lib/aspell; do
      [ -d "$d" ] && mount --bind "$1" "$d"
    done
    [ -z "$(ls /usr/share/hunspell)" ]
    printf "Az iskola minden napp nyitva van." \
      | integreat-desk spellcheck --lang hu --data "$2" --json | grep -q "\"napp\""
    printf "ሰላም። ትምህርት ክፍት ነው። ሰልምምምጥ" \
      | integreat-desk spellcheck --lang am --data "$2" --json | grep -q "ሰልምምምጥ"
    echo "hu (hunspell) and am (aspell) checked with the bundled dictionaries only"
    QT_QPA_PLATFORM=offscreen integreat-desk --self-test --data "$2" | grep -e ": dictionary" -e "FAILED" -e "problem"
  ' bash "$work/empty" "$work/no-system-dictionaries"
else
  echo "skipped: this machine allows no private mount namespace (unshare -m)"
fi

step "installed: integreat-desk --demo --screenshot"
QT_QPA_PLATFORM=offscreen /usr/bin/integreat-desk --demo --data "$work/data" --screenshot "$work/window.png"
[ -s "$work/window.png" ] || { echo "build-linux: no screenshot" >&2; exit 1; }
cp "$work/window.png" build/installed-window.png

step "tarball in portable mode (data beside the program)"
tar -C "$work" -xzf "$tarball"
touch "$work/integreat-desk/portable.txt"
QT_QPA_PLATFORM=offscreen INTEGREAT_DESK_DATA= "$work/integreat-desk/integreat-desk" --self-test >"$work/portable.txt.log"
grep -q "$work/integreat-desk/data" "$work/portable.txt.log" || {
  cat "$work/portable.txt.log"; echo "build-linux: portable mode did not use data/ beside the program" >&2; exit 1; }
echo "portable mode: data in $work/integreat-desk/data"

step "figures"
"$venv/bin/python" installers/linux/measure.py /usr/bin/integreat-desk "$venv/bin/python" "$deb" "$tarball"
