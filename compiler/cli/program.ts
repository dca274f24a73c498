// The command-line grammar: every command, its options and the function that runs it.
import { Command, Option } from "commander";
// Each command's module is loaded when the command runs: `build` need not load the engine
// simulator, SQLite and the interpreter that `run` uses (start-up time counts: npm run bench).
const commands = {
  build: () => import("./commands/build.js"),
  check: () => import("./commands/check.js"),
  db: () => import("./commands/db.js"),
  dbHealth: () => import("./commands/db-health.js"),
  decls: () => import("./commands/decls.js"),
  nssCheck: () => import("./commands/nss-check.js"),
  run: () => import("./commands/run.js"),
  sim: () => import("./commands/sim.js"),
  transpile: () => import("./commands/transpile.js"),
  watch: () => import("./commands/watch.js"),
  wire: () => import("./commands/wire.js"),
};
import { DEFAULT_OUT_DIR, DEFAULT_PROJECT } from "./config.js";
import type { ExitCode } from "./errors.js";
import type { CliIO } from "./io.js";
import { toolVersion } from "./version.js";

/** Builds a fresh program (commander keeps state per parse); `setExit` receives the command's exit code. */
export function createProgram(io: CliIO, setExit: (code: ExitCode) => void): Command {
  const program = new Command("npc-build")
    .description("Transpiles the npc-build TypeScript subset to NWScript (.nss) for Neverwinter Nights: Enhanced Edition.")
    .version(toolVersion(), "-V, --version", "print the version")
    .helpOption("-h, --help", "show help")
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout(text),
      writeErr: (text) => io.stderr(text),
      // run() prints commander's errors itself, as one `npc-build: ...` line.
      outputError: () => {},
    })
    .helpCommand("help [command]", "show help for a command");

  const project = () => new Option("-p, --project <tsconfig>", `project file (default: ${DEFAULT_PROJECT})`);
  const out = (what: string) => new Option("-o, --out <dir>", what);
  const compile = () => new Option("--compile", "run the official compiler (nwn_script_comp) over the emitted files");
  const noCompile = () => new Option("--no-compile", 'do not run the official compiler, even if "npcBuild.compile" is true');

  program
    .command("build")
    .description("transpile the project and write its .nss files")
    .addOption(project())
    .addOption(out(`output folder (default: "npcBuild.outDir" or ${DEFAULT_OUT_DIR})`))
    .addOption(compile())
    .addOption(noCompile())
    .action(async (opts: { project?: string; out?: string; compile?: boolean }) => setExit(await (await commands.build()).buildCommand(io, opts)));

  program
    .command("check")
    .description("type-check and check the subset without writing anything")
    .addOption(project())
    .action(async (opts: { project?: string }) => setExit((await commands.check()).checkCommand(io, opts)));

  program
    .command("transpile")
    .description("transpile standalone modules (no tsconfig needed)")
    .argument("<files...>", "TypeScript modules")
    .addOption(out("output folder").makeOptionMandatory())
    .addOption(compile())
    .action(async (files: string[], opts: { out: string; compile?: boolean }) => setExit(await (await commands.transpile()).transpileCommand(io, files, opts)));

  program
    .command("watch")
    .description("build, then rebuild whenever a project file changes (until Ctrl+C)")
    .addOption(project())
    .addOption(out(`output folder (default: "npcBuild.outDir" or ${DEFAULT_OUT_DIR})`))
    .action(async (opts: { project?: string; out?: string }) => setExit(await (await commands.watch()).watchCommand(io, opts)));

  program
    .command("decls")
    .description("generate the engine declarations (nwscript.d.ts) from the game's nwscript.nss")
    .requiredOption("--nwscript <path>", "the game's nwscript.nss")
    .addOption(new Option("-o, --out <file>", "write here instead of stdout"))
    .action(async (opts: { nwscript: string; out?: string }) => setExit((await commands.decls()).declsCommand(io, opts)));

  program
    .command("nss-check")
    .description("check NWScript files the way the official compiler does")
    .argument("<files...>", ".nss files")
    .option("-I, --include <dir>", "folder to look for #include files in (repeatable)", collect, [] as string[])
    .action(async (files: string[], opts: { include: string[] }) => setExit((await commands.nssCheck()).nssCheckCommand(io, files, opts)));

  program
    .command("run")
    .description("run a script's main in the engine simulator and print what it prints (.ts as the twin, .nss in the reference interpreter)")
    .argument("<file>", "a .ts module or a .nss script")
    .option("--seed <n>", "seed of the simulated world (default 1)")
    .option("--world <file>", "world description (JSON; see docs/twin-world.md)")
    .option("-I, --include <dir>", "folder to look for #include files in (repeatable)", collect, [] as string[])
    .option("--db <dir>", "folder for campaign databases (SqlPrepareQueryCampaign)")
    .option("--instruction-limit <n>", "instructions one script run may execute (default 524288, as the game)")
    .option("--stats", "print the instruction count of main on stderr")
    .action(async (file: string, opts: { seed?: string; world?: string; include: string[]; db?: string; instructionLimit?: string; stats?: boolean }) =>
      setExit(await (await commands.run()).runCommand(io, file, opts)));

  program
    .command("sim")
    .description("run the NPC behaviour module on the engine simulator with many NPCs and areas; check its invariants and write a report")
    .option("--npcs <n>", "NPCs (default 200)")
    .option("--areas <n>", "areas the NPCs are spread over (default 10)")
    .option("--minutes <n>", "simulated minutes (default 5)")
    .option("--seed <n>", "seed of the world and of the scripted activity (default 1)")
    .option("--pcs <n>", "PCs walking between the areas (default: one per three areas, at least 2)")
    .option("--report <dir>", "folder for report.json and index.html (default sim-report)")
    .action(async (opts: { npcs?: string; areas?: string; minutes?: string; seed?: string; pcs?: string; report?: string }) =>
      setExit(await (await commands.sim()).simCommand(io, opts)));

  program
    .command("wire")
    .description("set the NPC behaviour module's hook scripts on the creature blueprints, areas and module.ifo of GFF-as-JSON sources")
    .argument("<dir>", "folder of the module's sources (*.utc.json, *.are.json, module.ifo.json), searched recursively")
    .option("--dry-run", "print a diff of what would change and write nothing")
    .option("--force", "replace script fields that name other scripts")
    .action(async (dir: string, opts: { dryRun?: boolean; force?: boolean }) => setExit((await commands.wire()).wireCommand(io, dir, opts)));

  const db = program.command("db").description("NPC persistence database: migrations and health (SQLite)");
  const dbFile = () => new Option("--db <file>", "the SQLite database file").makeOptionMandatory();
  const migrations = () => new Option("--migrations <dir>", "folder of NNNN_name.sql migrations (default db/migrations)");
  db.command("migrate")
    .description("apply the migrations the database does not have yet, in order")
    .addOption(dbFile())
    .addOption(migrations())
    .action(async (opts: { db: string; migrations?: string }) => setExit(await (await commands.db()).dbMigrateCommand(io, opts)));
  db.command("status")
    .description("list each migration as applied, pending or changed since it was applied")
    .addOption(dbFile())
    .addOption(migrations())
    .action(async (opts: { db: string; migrations?: string }) => setExit(await (await commands.db()).dbStatusCommand(io, opts)));
  db.command("verify")
    .description("check applied migrations' checksums and PRAGMA integrity_check; non-zero exit on any problem")
    .addOption(dbFile())
    .addOption(migrations())
    .action(async (opts: { db: string; migrations?: string }) => setExit(await (await commands.db()).dbVerifyCommand(io, opts)));
  db.command("health")
    .description("probe reachability, read/write latency and WAL size; non-zero exit when unreachable longer than a threshold")
    .addOption(dbFile())
    .option("--max-unreachable <sec>", "fail when the database has been unreachable this long (default 30)")
    .option("--samples <n>", "read and write probes to time (default 20)")
    .option("--state <file>", "where the last success and the outage start are recorded (default <db>.health.json)")
    .option("--busy-timeout <ms>", "how long one probe statement waits for a lock the server holds (default 1000)")
    .option("--json", "print the report as JSON on stdout")
    .action(async (opts: { db: string; maxUnreachable?: string; samples?: string; state?: string; busyTimeout?: string; json?: boolean }) =>
      setExit(await (await commands.dbHealth()).dbHealthCommand(io, opts)));

  return program;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
