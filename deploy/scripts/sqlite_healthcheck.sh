#!/usr/bin/env bash
# Runs `npc-build db health` several times in a row, for cron, which starts a job at most once a
# minute while the outage threshold is 30 s (docs/ops/sqlite_maintenance.md). Each failing run
# (the database unreachable longer than the threshold) is sent to syslog through `logger` when
# it exists and always to stderr. Exits with the worst exit code of the runs.
#   * * * * * /srv/npc/deploy/scripts/sqlite_healthcheck.sh --db /srv/nwn/database/npc_state.sqlite3
set -euo pipefail

db="${NPC_DB:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/server/database/npc_state.sqlite3}"
interval=10
runs=6
max_unreachable=30
# The command, split into words: "npc-build" on PATH, or e.g. "node /srv/npc/bin/npc-build.js".
read -r -a npc_build <<<"${NPC_BUILD:-npc-build}"

while (($# > 0)); do
  case "$1" in
    --db) db="${2:?--db needs a file}"; shift ;;
    --interval) interval="${2:?--interval needs seconds}"; shift ;;
    --runs) runs="${2:?--runs needs a number}"; shift ;;
    --max-unreachable) max_unreachable="${2:?--max-unreachable needs seconds}"; shift ;;
    -h | --help)
      echo "usage: sqlite_healthcheck.sh [--db FILE] [--interval SEC] [--runs N] [--max-unreachable SEC]"
      exit 0
      ;;
    *) echo "sqlite_healthcheck.sh: unknown argument: $1" >&2; exit 2 ;;
  esac
  shift
done
[[ "$interval" =~ ^[0-9]+$ && "$runs" =~ ^[1-9][0-9]*$ ]] || { echo "sqlite_healthcheck.sh: --interval and --runs must be whole numbers (runs at least 1)" >&2; exit 2; }

alert() {
  echo "sqlite_healthcheck.sh: $*" >&2
  if command -v logger >/dev/null 2>&1; then
    logger -t npc-health -- "$*" || true
  fi
}

worst=0
for ((i = 1; i <= runs; i++)); do
  status=0
  "${npc_build[@]}" db health --db "$db" --max-unreachable "$max_unreachable" || status=$?
  if ((status == 1)); then
    alert "NPC database down: $db (npc-build db health exit 1)"
  elif ((status != 0)); then
    alert "npc-build db health could not run (exit $status) for $db"
  fi
  if ((status > worst)); then worst=$status; fi
  if ((i < runs)); then sleep "$interval"; fi
done
exit "$worst"
