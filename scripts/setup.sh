#!/usr/bin/env bash
# Set up muistiinpanot on a Debian/Ubuntu machine and run it.
#   bash scripts/setup.sh run [muistiinpanot run options…]   install, then run on corpus/ → out/
#   bash scripts/setup.sh test [pytest options…]             install, then run the test suite
#   bash scripts/setup.sh install                            install only
#   bash scripts/setup.sh check-venv                         check .venv; remove it when broken
# Installs only what is missing: system packages (libvoikko1 and voikko-fi, python3-venv when
# Python cannot make a virtual environment; for `test` also chromium and chromium-driver), a
# virtual environment .venv with the package, spaCy's Finnish model (from PyPI) and the dev
# tools, at the versions of constraints.txt (those the figures were measured with; an install
# that ends with any other version fails and names it). A half-made
# or broken .venv (an interrupted earlier install) is detected and rebuilt.
set -euo pipefail
cd "$(dirname "$0")/.."

action="${1:-}"
shift || true
case "$action" in run|test|install|check-venv) ;; *)
  echo "usage: bash scripts/setup.sh run|test|install|check-venv [options]" >&2; exit 2 ;;
esac

VENV="${MUISTIINPANOT_VENV:-.venv}"
say() { echo "muistiinpanot: $*"; }

have_voikko() {
  if command -v dpkg-query >/dev/null 2>&1; then
    dpkg-query -W -f='${Status}\n' libvoikko1 voikko-fi 2>/dev/null | grep -c 'install ok installed' \
      | grep -qx 2
  else
    ldconfig -p 2>/dev/null | grep -q 'libvoikko\.so\.1' \
      && { compgen -G '/usr/lib/voikko/*/mor-*' || compgen -G '/usr/share/voikko/*/mor-*'; } >/dev/null
  fi
}

# A Python 3.11+ that can make a virtual environment with pip in it (Debian splits venv's
# ensurepip into the python3-venv package: `import venv` alone succeeds without it).
find_python() {
  for candidate in python3 python3.13 python3.12 python3.11; do
    if command -v "$candidate" >/dev/null 2>&1 \
      && "$candidate" -c 'import sys, venv, ensurepip; sys.exit(sys.version_info < (3, 11))' \
        2>/dev/null; then
      echo "$candidate"; return 0
    fi
  done
  return 1
}

# The Debian package that gives `python3` its venv module (python3.11-venv on Debian 12).
venv_package() {
  local version
  version="$(python3 -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")' \
    2>/dev/null || true)"
  if [ -n "$version" ] && command -v apt-cache >/dev/null 2>&1 \
    && apt-cache show "python${version}-venv" >/dev/null 2>&1; then
    echo "python${version}-venv"
  else
    echo "python3-venv"
  fi
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
    echo "  Finnish morphology, Python 3.11+ with venv, e.g. 'dnf install libvoikko" >&2
    echo "  malaga-suomi-voikko python3')." >&2; exit 1
  fi
  say "apt-get update"
  $sudo apt-get update -qq
  say "apt-get install $*"
  local log status=0
  log="$(mktemp)"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "$@" >"$log" 2>&1 \
    || status=$?
  grep -E '^Setting up' "$log" | sed 's/^/  /' || true
  if [ "$status" -ne 0 ]; then
    cat "$log" >&2; rm -f "$log"
    echo "muistiinpanot: apt-get install $* failed" >&2; exit 1
  fi
  rm -f "$log"
}

# 0 when $VENV has a working interpreter and pip; a half-made .venv (no pip, a dangling
# interpreter link, an interrupted creation) fails this.
venv_ok() {
  [ -x "$VENV/bin/python" ] \
    && "$VENV/bin/python" -c 'import sys; sys.exit(sys.prefix == sys.base_prefix)' 2>/dev/null \
    && "$VENV/bin/python" -m pip --version >/dev/null 2>&1
}

check_venv() {
  if [ -e "$VENV" ] && ! venv_ok; then
    # Only a virtual environment (pyvenv.cfg, written first by `python -m venv`) or an empty
    # folder is ever removed: whatever else is at that path is the user's.
    if [ -f "$VENV/pyvenv.cfg" ] || [ -z "$(ls -A "$VENV" 2>/dev/null)" ]; then
      say "$VENV is broken or half-made (no working python/pip): removing it to rebuild"
      rm -rf "$VENV"
    else
      echo "muistiinpanot: $VENV exists but is not a virtual environment; move it away" >&2
      exit 1
    fi
  fi
}

if [ "$action" = check-venv ]; then
  check_venv
  if [ -e "$VENV" ]; then say "$VENV is ok"; else say "$VENV: none (it will be built)"; fi
  exit 0
fi

missing=()
have_voikko || missing+=(libvoikko1 voikko-fi)
PYTHON="$(find_python || true)"
if [ -z "$PYTHON" ]; then
  command -v python3 >/dev/null 2>&1 || missing+=(python3)
  missing+=("$(venv_package)")
fi
if [ "$action" = test ] && ! { command -v chromium && command -v chromedriver; } >/dev/null 2>&1
then
  missing+=(chromium chromium-driver)   # the report's real-browser test (tests/report/test_browser.py)
fi
if [ "${#missing[@]}" -gt 0 ]; then
  say "installing system packages: ${missing[*]}"
  apt_install "${missing[@]}"
  PYTHON="$(find_python || true)"
fi
if [ -z "$PYTHON" ]; then
  echo "muistiinpanot: Python 3.11 or newer with venv is needed" \
    "(apt-get install python3 $(venv_package))." >&2
  exit 1
fi

check_venv
stamp="$VENV/.muistiinpanot-installed"
[ -f constraints.txt ] || { echo "muistiinpanot: constraints.txt is missing (the pinned versions)" >&2; exit 1; }
# The stamp: the package's metadata, the pins and the interpreter they are installed for.
interpreter="$VENV/bin/python"; [ -x "$interpreter" ] || interpreter="$PYTHON"
want="$({ cat pyproject.toml constraints.txt; "$interpreter" -V; } | sha256sum | cut -c1-16)"
# Differences between what .venv holds and the pins ("< pinned", "> installed"); empty when
# they agree.
pin_drift() {
  diff <(grep -v '^#' constraints.txt | sort -f) \
    <("$VENV/bin/python" -m pip freeze --exclude-editable 2>/dev/null | sort -f) \
    | grep '^[<>]' || true
}

install_pinned() {
  if [ ! -e "$VENV" ]; then
    say "creating the virtual environment $VENV ($PYTHON)"
    "$PYTHON" -m venv "$VENV"
  fi
  say "installing the Python package and its dependencies into $VENV (spaCy Finnish model"
  say "  included; a few minutes the first time)"
  "$VENV/bin/python" -m pip install --upgrade --progress-bar on pip 2>&1 \
    | { grep -v '^WARNING: Location' || true; } | tail -n 1
  # constraints.txt pins the versions the README's figures were measured with.
  "$VENV/bin/python" -m pip install --progress-bar on -c constraints.txt -e ".[dev]" 2>&1 \
    | { grep -vE '^(WARNING: Location|Requirement already satisfied)' || true; }
  "$VENV/bin/python" -c 'import muistiinpanot.cli, spacy_fi_experimental_web_md' \
    || { echo "muistiinpanot: the install into $VENV failed (see above)" >&2; exit 1; }
}

if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  built_here=0; [ -e "$VENV" ] || built_here=1
  install_pinned
  # What was installed must be exactly the pins: a dependency pyproject gained without a
  # refreshed constraints.txt would otherwise come in at whatever version is newest. pip never
  # uninstalls, so an older .venv can hold packages the pins no longer name: such a .venv (ours:
  # check_venv made sure) is built again from scratch once before the difference is an error.
  drift="$(pin_drift)"
  if [ -n "$drift" ] && [ "$built_here" -eq 0 ] && [ -f "$VENV/pyvenv.cfg" ]; then
    say "$VENV holds other versions than constraints.txt: building it again from scratch"
    rm -rf "$VENV"
    install_pinned
    drift="$(pin_drift)"
  fi
  if [ -n "$drift" ]; then
    echo "muistiinpanot: a fresh install's versions differ from constraints.txt" \
      "(< pinned, > installed):" >&2
    echo "$drift" | sed 's/^/  /' >&2
    echo "  Refresh the pins (see constraints.txt's head) or fix pyproject.toml." >&2
    exit 1
  fi
  echo "$want" > "$stamp"
  say "installed into $VENV"
fi

case "$action" in
  run) exec "$VENV/bin/muistiinpanot" run corpus --out out "$@" ;;
  test) exec "$VENV/bin/python" -m pytest "$@" ;;
  install) ;;
esac
