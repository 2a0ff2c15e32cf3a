#!/bin/sh
# Install the Debian packages Checkpoint needs that a minimal Debian 12 lacks.
#   build/install-system-deps.sh app    libraries Qt needs to show a window, and ICU with a
#                                       compiler for PyICU (rigour -> normality -> pyicu has no
#                                       wheel; the app itself never loads ICU, see README)
#   build/install-system-deps.sh test   the above, plus PostgreSQL and Xvfb for the tests
# Packages already present are skipped; on a system without apt-get it only warns.
set -eu
want="libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6 \
libdbus-1-3 libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 \
libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xkb1 libx11-xcb1 \
libxrender1 libxi6 fonts-dejavu-core \
libicu-dev pkg-config g++ python3-dev"
if [ "${1:-app}" = "test" ]; then
  want="$want postgresql xvfb xauth"
fi
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
