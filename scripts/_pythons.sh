# Sourced by scripts/bootstrap and scripts/test: which supported Pythons this machine has.
#
# Supported means 3.11 or newer (pyproject's requires-python). For each minor version the
# interpreter is `python3.N` on PATH when it runs, else the newest pyenv install of it
# ($PYENV_ROOT/versions/3.N.P/bin/python3.N; pyenv's shims name every installed version but
# run only those that `pyenv global`/`local` selects, so the installs are looked at directly).

PYTHONS_OLDEST_MINOR=11
PYTHONS_NEWEST_MINOR=20 # how far up to look

# python_info CMD: print "3.N PATH" (PATH: the interpreter itself, symlinks and shims
# resolved) when CMD runs as a supported Python; fail otherwise.
python_info() {
  "$1" -c "import os, sys
if sys.version_info < (3, $PYTHONS_OLDEST_MINOR): sys.exit(1)
print('%d.%d' % sys.version_info[:2], os.path.realpath(sys.executable))" 2>/dev/null
}

# python_for_minor N: print "3.N PATH" for a working Python 3.N; fail when there is none.
python_for_minor() {
  local n=$1 cand info dir
  if cand=$(command -v "python3.$n" 2>/dev/null) && info=$(python_info "$cand") &&
     [ "${info%% *}" = "3.$n" ]; then
    echo "$info"
    return 0
  fi
  local root=${PYENV_ROOT:-$HOME/.pyenv}
  [ -d "$root/versions" ] || return 1
  while read -r dir; do
    cand="$root/versions/$dir/bin/python3.$n"
    if [ -x "$cand" ] && info=$(python_info "$cand") && [ "${info%% *}" = "3.$n" ]; then
      echo "$info"
      return 0
    fi
  done < <(ls "$root/versions" 2>/dev/null | grep -E "^3\.$n\.[0-9]+$" | sort -t. -k3,3nr)
  return 1
}

# supported_pythons: print "3.N PATH" for each supported Python found, oldest first.
supported_pythons() {
  local n
  for ((n = PYTHONS_OLDEST_MINOR; n <= PYTHONS_NEWEST_MINOR; n++)); do
    python_for_minor "$n" || true
  done
}

# main_python: print "3.N PATH" for the main .venv: $PYTHON when set; else `python3` when it
# is supported (the machine's default Python, what a user of this clone runs); else the
# newest supported Python found. Fails, saying why, when there is none.
main_python() {
  local info
  if [ -n "${PYTHON:-}" ]; then
    python_info "$PYTHON" && return 0
    echo "PYTHON=$PYTHON is not a working Python >= 3.$PYTHONS_OLDEST_MINOR" >&2
    return 1
  fi
  python_info python3 && return 0
  info=$(supported_pythons | tail -n 1)
  [ -n "$info" ] && echo "$info" && return 0
  echo "Python >= 3.$PYTHONS_OLDEST_MINOR is required (python3, python3.N or pyenv)" >&2
  return 1
}

# test_venvs [MAIN]: print "DIR 3.N PATH" for every venv the test suite runs on: .venv with
# the main Python (MAIN, "3.N PATH"; default: what .venv/bin/python is), then .venv-3.N for
# each other supported Python.
test_venvs() {
  local main=${1:-} minor path
  if [ -z "$main" ] && ! main=$(python_info .venv/bin/python); then
    echo ".venv is missing or broken: run scripts/bootstrap" >&2
    return 1
  fi
  echo ".venv $main"
  while read -r minor path; do
    [ "$minor" = "${main%% *}" ] || echo ".venv-$minor $minor $path"
  done < <(supported_pythons)
}
