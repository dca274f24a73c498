// deploy/: what can be checked without starting a game server. The compose file's shape, the NWNX
// environment file against NWNX:EE's documented variables, and the bootstrap script (shellcheck,
// bash -n, and runs in a temp folder).
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const repo = path.resolve(import.meta.dirname, "../..");
const deploy = path.join(repo, "deploy");
const bootstrap = path.join(deploy, "scripts/bootstrap_nwnx.sh");

/** NAME=value lines of an env file (comments and blank lines skipped), in order. */
function envEntries(text: string): Array<[string, string]> {
  return text
    .split("\n")
    .filter((l) => l.trim() !== "" && !l.trimStart().startsWith("#"))
    .map((l) => {
      const m = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(l);
      if (!m) throw new Error(`not NAME=value: ${l}`);
      return [m[1], m[2]];
    });
}

function knownVariables(): Map<string, string> {
  const known = new Map<string, string>();
  for (const line of fs.readFileSync(path.join(repo, "test/deploy/nwnx-variables.txt"), "utf8").split("\n")) {
    if (line.trim() === "" || line.startsWith("#")) continue;
    const [name, source, ...rest] = line.trim().split(/\s+/);
    expect(rest, line).toEqual([]);
    expect(source, `${name} has no source`).toMatch(/^nwnxee\/unified:\S+$/);
    known.set(name, source);
  }
  return known;
}

describe("deploy/docker-compose.yml", () => {
  const compose = parse(fs.readFileSync(path.join(deploy, "docker-compose.yml"), "utf8")) as {
    services: Record<string, { image: string; env_file: string[]; environment: Record<string, string>; volumes: string[]; ports: string[]; stop_signal: string }>;
  };

  it("runs one NWNX:EE service from a pinned image with nwnx.env", () => {
    expect(Object.keys(compose.services)).toEqual(["nwserver"]);
    const server = compose.services.nwserver;
    expect(server.image).toMatch(/^nwnxee\/unified:build\d{4}\.\d+\.\d+$/);
    expect(server.env_file).toEqual(["./nwnx.env"]);
    expect(server.environment.NWN_MODULE).toBeTruthy();
    expect(server.ports).toContain("5121:5121/udp");
    expect(server.stop_signal).toBe("SIGINT");
  });

  it("bind-mounts module, hak, tlk, scripts, database and logs folders of the server", () => {
    const targets = Object.fromEntries(compose.services.nwserver.volumes.map((v) => {
      // host:container[:mode]; the host side may hold ${VAR:-default}, so split at the container path.
      const m = /^(.+):(\/[^:]+)(?::(?:ro|rw))?$/.exec(v);
      if (!m) throw new Error(`not host:container: ${v}`);
      return [m[2], m[1]];
    }));
    expect(Object.keys(targets).sort()).toEqual([
      "/nwn/home/database",
      "/nwn/home/development",
      "/nwn/home/hak",
      "/nwn/home/modules",
      "/nwn/home/tlk",
      "/nwn/run/logs.0",
    ]);
    expect(targets["/nwn/home/database"]).toBe("${NPC_SERVER_DIR:-./server}/database");
  });
});

describe("deploy/nwnx.env", () => {
  const entries = envEntries(fs.readFileSync(path.join(deploy, "nwnx.env"), "utf8"));
  const env = new Map(entries);

  it("names only documented NWNX:EE variables, each once", () => {
    const known = knownVariables();
    expect(known.size).toBeGreaterThan(20);
    for (const [name] of entries) expect(known.has(name), `${name} is not a documented NWNX:EE variable`).toBe(true);
    expect(env.size).toBe(entries.length);
  });

  it("loads the SQL plugin on SQLite and runs npc_shutdown at shutdown", () => {
    expect(env.get("NWNX_SQL_SKIP")).toMatch(/^[nN]$/);
    expect(env.get("NWNX_SQL_TYPE")).toBe("SQLITE");
    expect(env.get("NWNX_SQL_DATABASE")).toBe("npc_state");
    expect(env.get("NWNX_CORE_SHUTDOWN_SCRIPT")).toBe("npc_shutdown");
    // With every plugin skipped by default, the SQL plugin must be switched on explicitly.
    if (env.get("NWNX_CORE_SKIP_ALL")?.match(/^[yY1]/)) expect(env.has("NWNX_SQL_SKIP")).toBe(true);
  });
});

describe("deploy/scripts/bootstrap_nwnx.sh", () => {
  it("passes shellcheck (the real binary; CI installs it in .ci/run)", () => {
    const result = spawnSync("shellcheck", ["--severity=style", bootstrap], { encoding: "utf8" });
    if (result.error) throw new Error(`shellcheck could not run (apt-get install shellcheck): ${result.error.message}`);
    expect(result.stdout + result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("parses with bash -n", () => {
    expect(() => execFileSync("bash", ["-n", bootstrap])).not.toThrow();
  });

  function scratch(): { dir: string; server: string; scripts: string } {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "npc-deploy-"));
    const scripts = path.join(dir, "nss-out");
    fs.mkdirSync(scripts);
    fs.writeFileSync(path.join(scripts, "npc_shutdown.nss"), "void main() {}\n");
    fs.writeFileSync(path.join(scripts, "npc_onspawn.nss"), "void main() {}\n");
    fs.writeFileSync(path.join(scripts, "npc_onspawn.ncs"), "NCS V1.0");
    return { dir, server: path.join(dir, "server"), scripts };
  }

  function runBootstrap(args: string[]) {
    // No docker in PATH here, so the run is the same on every machine.
    return spawnSync("bash", [bootstrap, ...args], { encoding: "utf8", env: { PATH: "/usr/bin:/bin" } });
  }

  it("--check changes nothing and lists what it would do", () => {
    const { dir, server, scripts } = scratch();
    const result = runBootstrap(["--check", "--server", server, "--scripts", scripts]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`would create ${server}/database`);
    expect(result.stdout).toContain("3 of 3 scripts would be copied");
    expect(fs.readdirSync(dir)).toEqual(["nss-out"]);
  });

  it("creates the folders and copies the scripts, and a second run changes nothing", () => {
    const { server, scripts } = scratch();
    const first = runBootstrap(["--server", server, "--scripts", scripts]);
    expect(first.status).toBe(0);
    expect(fs.readdirSync(server).sort()).toEqual(["database", "development", "hak", "logs", "modules", "tlk"]);
    expect(fs.readdirSync(path.join(server, "development")).sort()).toEqual(["npc_onspawn.ncs", "npc_onspawn.nss", "npc_shutdown.nss"]);
    expect(first.stdout).toContain("3 of 3 scripts copied");
    expect(first.stdout).not.toContain("warning");

    const second = runBootstrap(["--server", server, "--scripts", scripts]);
    expect(second.status).toBe(0);
    expect(second.stdout).toContain("0 of 3 scripts copied");
    expect(second.stdout).not.toContain("created");

    fs.writeFileSync(path.join(scripts, "npc_shutdown.nss"), "void main() { }\n");
    expect(runBootstrap(["--server", server, "--scripts", scripts]).stdout).toContain("1 of 3 scripts copied");
    expect(fs.readFileSync(path.join(server, "development/npc_shutdown.nss"), "utf8")).toBe("void main() { }\n");
  });

  it("refuses an env file with a non-NWNX line or without the SQL plugin on SQLite", () => {
    const { dir, server, scripts } = scratch();
    const good = fs.readFileSync(path.join(deploy, "nwnx.env"), "utf8");
    const cases: Array<[string, RegExp]> = [
      [good + "NWN_MODULE=x\n", /:\d+: expected NWNX_NAME=value, got: NWN_MODULE=x/],
      [good.replace("NWNX_SQL_TYPE=SQLITE", "NWNX_SQL_TYPE=MYSQL"), /NWNX_SQL_TYPE must be SQLITE \(is: MYSQL\)/],
      [good.replace("NWNX_SQL_SKIP=n", "NWNX_SQL_SKIP=y"), /NWNX_SQL_SKIP must be n/],
      [good.replace(/^NWNX_CORE_SHUTDOWN_SCRIPT=.*$/m, ""), /NWNX_CORE_SHUTDOWN_SCRIPT must be npc_shutdown \(is: unset\)/],
      [good + "NWNX_SQL_TYPE=SQLITE\n", /NWNX_SQL_TYPE is set twice/],
    ];
    for (const [text, message] of cases) {
      const envFile = path.join(dir, "bad.env");
      fs.writeFileSync(envFile, text);
      const result = runBootstrap(["--server", server, "--scripts", scripts, "--env-file", envFile]);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(message);
      expect(fs.existsSync(server)).toBe(false);
    }
  });

  it("fails clearly without scripts and on unknown arguments", () => {
    const { dir, server } = scratch();
    const noScripts = runBootstrap(["--server", server, "--scripts", path.join(dir, "missing")]);
    expect(noScripts.status).toBe(1);
    expect(noScripts.stderr).toMatch(/scripts folder not found: .*missing \(run npc-build build first\)/);
    const unknown = runBootstrap(["--frobnicate"]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/unknown argument: --frobnicate/);
  });
});

describe("deploy/scripts/sqlite_healthcheck.sh", () => {
  const healthcheck = path.join(deploy, "scripts/sqlite_healthcheck.sh");

  it("passes shellcheck and bash -n", () => {
    const result = spawnSync("shellcheck", ["--severity=style", healthcheck], { encoding: "utf8" });
    if (result.error) throw new Error(`shellcheck could not run (apt-get install shellcheck): ${result.error.message}`);
    expect(result.stdout + result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(() => execFileSync("bash", ["-n", healthcheck])).not.toThrow();
  });

  /** Runs the script against a stand-in npc-build that exits with the given codes in turn. */
  function runWith(codes: number[], args: string[]) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "npc-healthcheck-"));
    const fake = path.join(dir, "npc-build");
    fs.writeFileSync(
      fake,
      `#!/usr/bin/env bash\nn=$(cat "${dir}/count" 2>/dev/null || echo 0); n=$((n + 1)); echo "$n" > "${dir}/count"\necho "run $n: $*" >> "${dir}/calls"\ncodes=(${codes.join(" ")}); exit "\${codes[$((n - 1))]}"\n`,
    );
    fs.chmodSync(fake, 0o755);
    // A PATH with the few tools the scripts use and no logger: the alert goes to stderr only, the same on every machine.
    const bin = path.join(dir, "bin");
    fs.mkdirSync(bin);
    for (const tool of ["bash", "cat", "dirname", "sleep"]) {
      fs.symlinkSync(execFileSync("bash", ["-c", `command -v ${tool}`], { encoding: "utf8" }).trim(), path.join(bin, tool));
    }
    const result = spawnSync(path.join(bin, "bash"), [healthcheck, "--interval", "0", ...args], { encoding: "utf8", env: { PATH: bin, NPC_BUILD: fake } });
    const calls = fs.existsSync(path.join(dir, "calls")) ? fs.readFileSync(path.join(dir, "calls"), "utf8").trim().split("\n") : [];
    return { ...result, calls };
  }

  it("runs the check --runs times with the database and threshold, and exits with the worst code", () => {
    const ok = runWith([0, 0, 0], ["--db", "/srv/db.sqlite3", "--runs", "3", "--max-unreachable", "45"]);
    expect(ok.status).toBe(0);
    expect(ok.stderr).toBe("");
    expect(ok.calls).toEqual([1, 2, 3].map((n) => `run ${n}: db health --db /srv/db.sqlite3 --max-unreachable 45`));

    const down = runWith([0, 1, 0], ["--db", "/srv/db.sqlite3", "--runs", "3"]);
    expect(down.status).toBe(1);
    expect(down.calls).toHaveLength(3);
    expect(down.stderr).toBe("sqlite_healthcheck.sh: NPC database down: /srv/db.sqlite3 (npc-build db health exit 1)\n");

    const broken = runWith([2], ["--db", "/srv/db.sqlite3", "--runs", "1"]);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/could not run \(exit 2\)/);
  });

  it("refuses bad arguments with exit 2", () => {
    expect(runWith([0], ["--runs", "0"]).status).toBe(2);
    expect(runWith([0], ["--bogus"]).status).toBe(2);
  });
});
