#!/usr/bin/env bash
# Set up muistiinpanot on a Debian/Ubuntu machine and run it.
#   bash scripts/setup.sh run [muistiinpanot run options…]   install, then run on corpus/ → out/
#   bash scripts/setup.sh test [pytest options…]             install, then run the test suite
# Installs only what is missing: system packages libvoikko1 and voikko-fi (apt), a virtual
# environment .venv with the package, spaCy's Finnish model (from PyPI) and the dev tools.
set -euo pipefail
cd "$(dirname "$0")/.."

action="${1:-}"
shift || true
case "$action" in run|test|install) ;; *)
  echo "usage: bash scripts/setup.sh run|test|install [options]" >&2; exit 2 ;;
esac

have_voikko() {
  if command -v dpkg-query >/dev/null 2>&1; then
    dpkg-query -W -f='${Status}\n' libvoikko1 voikko-fi 2>/dev/null | grep -c 'install ok installed' \
      | grep -qx 2
  else
    ldconfig -p 2>/dev/null | grep -q 'libvoikko\.so\.1' \
      && { compgen -G '/usr/lib/voikko/*/mor-*' || compgen -G '/usr/share/voikko/*/mor-*'; } >/dev/null
  fi
}

find_python() {
  for candidate in python3 python3.13 python3.12 python3.11; do
    if command -v "$candidate" >/dev/null 2>&1 \
      && "$candidate" -c 'import sys, venv; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      echo "$candidate"; return 0
    fi
  done
  return 1
}

apt_install() {
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      echo "muistiinpanot: cannot install system packages ($*) without root or sudo." >&2
      echo "  Please install them yourself: apt-get install $*" >&2; exit 1
    fi
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "muistiinpanot: no apt-get here. Install these yourself: $* (libvoikko 4.x and its" >&2
    echo "  Finnish morphology, e.g. 'dnf install libvoikko malaga-suomi-voikko')." >&2; exit 1
  fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}

missing=()
have_voikko || missing+=(libvoikko1 voikko-fi)
PYTHON="$(find_python || true)"
[ -n "$PYTHON" ] || missing+=(python3 python3-venv)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "muistiinpanot: installing system packages: ${missing[*]}"
  apt_install "${missing[@]}"
  PYTHON="$(find_python || true)"
fi
if [ -z "$PYTHON" ]; then
  echo "muistiinpanot: Python 3.11 or newer with venv is needed (apt-get install python3 python3-venv)." >&2
  exit 1
fi

stamp=".venv/.muistiinpanot-installed"
want="$(cat pyproject.toml | sha256sum | cut -c1-16)"
if [ ! -x .venv/bin/python ] || [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  echo "muistiinpanot: installing the Python package into .venv (spaCy Finnish model included)"
  [ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".[dev]"
  echo "$want" > "$stamp"
fi

case "$action" in
  run) exec .venv/bin/muistiinpanot run corpus --out out "$@" ;;
  test) exec .venv/bin/python -m pytest "$@" ;;
  install) echo "muistiinpanot: installed into .venv" ;;
esac
