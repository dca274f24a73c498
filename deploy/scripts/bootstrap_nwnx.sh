#!/usr/bin/env bash
# Prepares the NWN:EE + NWNX:EE server folders for deploy/docker-compose.yml (docs/ops/nwnx.md):
# checks nwnx.env (and the compose file when docker is installed), creates the bind-mounted
# folders and copies the generated scripts into development/. Safe to run again: it only creates
# what is missing and copies what changed. --check changes nothing and says what it would do.
set -euo pipefail

deploy_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
server_dir="${NPC_SERVER_DIR:-$deploy_dir/server}"
scripts_dir="$deploy_dir/../nss-out"
env_file="$deploy_dir/nwnx.env"
compose_file="$deploy_dir/docker-compose.yml"
check_only=0

usage() {
  cat <<USAGE
usage: bootstrap_nwnx.sh [--check] [--server DIR] [--scripts DIR] [--env-file FILE]
  --check          validate and report; create and copy nothing
  --server DIR     the server's user folder on the host (default: deploy/server, or \$NPC_SERVER_DIR)
  --scripts DIR    generated scripts to copy into DIR/development (default: nss-out)
  --env-file FILE  the NWNX environment file to check (default: deploy/nwnx.env)
USAGE
}

while (($# > 0)); do
  case "$1" in
    --check) check_only=1 ;;
    --server) server_dir="${2:?--server needs a folder}"; shift ;;
    --scripts) scripts_dir="${2:?--scripts needs a folder}"; shift ;;
    --env-file) env_file="${2:?--env-file needs a file}"; shift ;;
    -h | --help) usage; exit 0 ;;
    *) echo "bootstrap_nwnx.sh: unknown argument: $1" >&2; usage >&2; exit 2 ;;
  esac
  shift
done

fail() {
  echo "bootstrap_nwnx.sh: $*" >&2
  exit 1
}
say() {
  echo "bootstrap_nwnx.sh: $*"
}

# --- nwnx.env: NAME=value lines of NWNX variables, and the settings the NPC module relies on.
[[ -f "$env_file" ]] || fail "environment file not found: $env_file"
declare -A env_value=()
line_no=0
while IFS= read -r line || [[ -n "$line" ]]; do
  line_no=$((line_no + 1))
  [[ -z "${line//[[:space:]]/}" || "$line" =~ ^[[:space:]]*# ]] && continue
  if [[ ! "$line" =~ ^(NWNX_[A-Z0-9_]+)=(.*)$ ]]; then
    fail "$env_file:$line_no: expected NWNX_NAME=value, got: $line"
  fi
  name="${BASH_REMATCH[1]}"
  [[ -z "${env_value[$name]+set}" ]] || fail "$env_file:$line_no: $name is set twice"
  env_value[$name]="${BASH_REMATCH[2]}"
done <"$env_file"

require() {
  local name="$1" pattern="$2" what="$3"
  local value="${env_value[$name]-}"
  [[ "$value" =~ $pattern ]] || fail "$env_file: $name must be $what (is: ${value:-unset})"
}
require NWNX_SQL_SKIP '^[nN0]$' "n (the SQL plugin loaded)"
require NWNX_SQL_TYPE '^[sS][qQ][lL][iI][tT][eE]$' "SQLITE"
require NWNX_SQL_DATABASE '^[A-Za-z0-9_]+$' "a database name (letters, digits, _)"
require NWNX_CORE_SHUTDOWN_SCRIPT '^npc_shutdown$' "npc_shutdown"
say "ok: $env_file (${#env_value[@]} variables; SQL plugin on SQLite, database ${env_value[NWNX_SQL_DATABASE]}.sqlite3nwnxee)"

# --- The compose file, when docker can read it (CI has no docker; the tests parse it instead).
if command -v docker >/dev/null 2>&1 && docker compose version >/dev/null 2>&1; then
  NPC_SERVER_DIR="$server_dir" docker compose -f "$compose_file" config --quiet || fail "docker compose rejects $compose_file"
  say "ok: $compose_file"
else
  say "skipped: docker compose is not installed, $compose_file not checked"
fi

# --- Folders the compose file bind-mounts.
for sub in modules hak tlk development database logs; do
  dir="$server_dir/$sub"
  if [[ -d "$dir" ]]; then
    continue
  elif [[ -e "$dir" ]]; then
    fail "$dir exists and is not a folder"
  elif ((check_only)); then
    say "would create $dir"
  else
    mkdir -p "$dir"
    say "created $dir"
  fi
done

# --- Generated scripts into development/ (the server's override folder): compiled .ncs run,
# the .nss beside them are for reading and for NWNX's evalx. Only changed files are copied.
[[ -d "$scripts_dir" ]] || fail "scripts folder not found: $scripts_dir (run npc-build build first)"
shopt -s nullglob
scripts=("$scripts_dir"/*.ncs "$scripts_dir"/*.nss)
shopt -u nullglob
((${#scripts[@]} > 0)) || fail "no .nss or .ncs files in $scripts_dir"
copied=0
compiled=0
for src in "${scripts[@]}"; do
  [[ "$src" == *.ncs ]] && compiled=$((compiled + 1))
  dest="$server_dir/development/$(basename "$src")"
  if [[ -f "$dest" ]] && cmp -s "$src" "$dest"; then
    continue
  fi
  if ((check_only)); then
    say "would copy $src"
  else
    cp "$src" "$dest"
  fi
  copied=$((copied + 1))
done
if ((check_only)); then
  say "$copied of ${#scripts[@]} scripts would be copied to $server_dir/development"
else
  say "$copied of ${#scripts[@]} scripts copied to $server_dir/development"
fi
if ((compiled == 0)); then
  say "warning: no compiled .ncs in $scripts_dir; build with npc-build build --compile, or compile them into the module"
fi
if [[ ! -f "$scripts_dir/${env_value[NWNX_CORE_SHUTDOWN_SCRIPT]}.nss" && ! -f "$scripts_dir/${env_value[NWNX_CORE_SHUTDOWN_SCRIPT]}.ncs" ]]; then
  say "warning: the shutdown script ${env_value[NWNX_CORE_SHUTDOWN_SCRIPT]} is not in $scripts_dir"
fi

# The databases are not created here: the server creates them on first use, and
# `npc-build db migrate --db $server_dir/database/npc_state.sqlite3` prepares the NPC tables.
if [[ -f "$server_dir/database/npc_state.sqlite3" ]]; then
  say "ok: $server_dir/database/npc_state.sqlite3 exists"
else
  say "note: no $server_dir/database/npc_state.sqlite3 yet (npc-build db migrate creates its tables)"
fi
exit 0
