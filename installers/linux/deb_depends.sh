#!/usr/bin/env bash
# Print the Debian packages that provide the shared libraries a bundle links against but does not
# carry itself (ldd on every ELF file, then dpkg -S), comma-separated, for DEBIAN/control's Depends.
# Usage: installers/linux/deb_depends.sh BUNDLE_DIR
set -euo pipefail
bundle=$(realpath "$1")
# Resolve the way the frozen app does at run time: its own folders first (PyInstaller's bootloader
# puts _internal on the library path), so only what the bundle really lacks is left outside it.
LD_LIBRARY_PATH=$(find "$bundle" -name '*.so*' -printf '%h\n' | sort -u | paste -sd:)
export LD_LIBRARY_PATH
libs=$(find "$bundle" -type f \( -name '*.so*' -o -perm -u+x \) -print0 \
  | xargs -0 file -N --mime-type | awk -F': ' '$2 ~ /x-(sharedlib|executable|pie-executable)/ {print $1}' \
  | xargs -r ldd 2>/dev/null | awk '/=> \// {print $3}' | sort -u)
packages=()
for lib in $libs; do
  case "$(realpath "$lib")" in "$bundle"/*) continue ;; esac
  owner=$(dpkg -S "$(realpath "$lib")" 2>/dev/null || dpkg -S "$lib" 2>/dev/null || true)
  [ -n "$owner" ] && packages+=("${owner%%:*}")
done
printf '%s\n' "${packages[@]}" | sort -u | paste -sd, | sed 's/,/, /g'
