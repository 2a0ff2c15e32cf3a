#!/bin/sh
# Install the Debian packages Checkpoint needs that a minimal Debian 12 lacks.
#   build/install-system-deps.sh app      libraries Qt needs to show a window (also the
#                                         Depends of the Debian package, build/deb.py)
#   build/install-system-deps.sh bundle   the above, plus what PyInstaller needs (make bundle)
#   build/install-system-deps.sh test     the above, plus PostgreSQL, Xvfb and Chromium with its
#                                         WebDriver (the agencies' web inbox is tested in it)
#   build/install-system-deps.sh --list SET   print the packages of SET, install nothing
#   Every set to install also gets ICU and a compiler for PyICU (rigour -> normality -> pyicu
#   has no wheel; the app itself never loads ICU, see README); --list leaves them out.
# Packages already present are skipped; on a system without apt-get it only warns.
set -eu
list=false
if [ "${1:-}" = "--list" ]; then list=true; shift; fi
set_name=${1:-app}
want="libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6 \
libdbus-1-3 libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 \
libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xkb1 libx11-xcb1 \
libxrender1 libxi6 fonts-dejavu-core"
# PyInstaller needs objdump and strip (binutils) and Python's shared library, which
# Debian's python3 keeps in its own package
pylib="libpython$(python3 -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null || echo 3.11)"
case "$set_name" in
  app) ;;
  bundle) want="$want binutils $pylib" ;;
  test) want="$want binutils $pylib postgresql xvfb xauth chromium chromium-driver" ;;
  *) echo "install-system-deps: unknown set '$set_name' (app, bundle or test)" >&2; exit 2 ;;
esac
if $list; then
  echo "$want"
  exit 0
fi
# build-time only: not Depends of the package
want="$want libicu-dev pkg-config g++ python3-dev"
if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-system-deps: no apt-get here; make sure these are installed: $want" >&2
  exit 0
fi
missing=""
for p in $want; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "install-system-deps: installing$missing"
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
# shellcheck disable=SC2086
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
