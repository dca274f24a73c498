// Writes a stand-in for neverwinter.nim's nwn_script_comp: a shell script that logs like the real
// tool (`E [date] [n/total] path: name.nss(LINE): ERROR: MESSAGE` on stderr, exit 1 on errors)
// and flags every line that mentions UNDEFINED_THING. It records its arguments in args.txt.
import fs from "node:fs";
import path from "node:path";

const SCRIPT = `#!/bin/sh
PATH=/usr/bin:/bin
printf '%s\\n' "$@" > "$(dirname "$0")/args.txt"
total=0
for a in "$@"; do case "$a" in *.nss) total=$((total+1));; esac; done
n=0
errors=0
for a in "$@"; do
  case "$a" in *.nss)
    n=$((n+1))
    line=$(grep -n UNDEFINED_THING "$a" | head -n 1 | cut -d: -f1)
    if [ -n "$line" ]; then
      errors=$((errors+1))
      echo "E [2024-05-01T12:00:00] [$n/$total] $a: $(basename "$a")($line): ERROR: UNDEFINED IDENTIFIER (UNDEFINED_THING)" >&2
    fi;;
  esac
done
echo "I [2024-05-01T12:00:00] $((total-errors)) successful, 0 skipped, $errors errored" >&2
[ "$errors" -eq 0 ]
`;

/** Creates `<dir>/nwn_script_comp` (or the given name) and returns its path. */
export function installFakeCompiler(dir: string, name = "nwn_script_comp", script = SCRIPT): string {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  fs.writeFileSync(file, script, { mode: 0o755 });
  return file;
}

/** The arguments of the fake's last run, one per line. */
export function fakeCompilerArgs(dir: string): string[] {
  return fs.readFileSync(path.join(dir, "args.txt"), "utf8").split("\n").filter((l) => l !== "");
}

/** A compiler that fails the way the real one does without a game install. */
export const NO_GAME_SCRIPT = `#!/bin/sh
echo "F [2024-05-01T12:00:00] Could not locate NWN; try --root" >&2
exit 1
`;
