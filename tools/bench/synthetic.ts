// Writes a synthetic subset project (many include modules and scripts) for the benchmarks, so the
// build-vs-tsc ratio is measured on more than the engine declarations.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

export function writeSyntheticProject(dir: string, repoRoot: string, modules = 40): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "src"), { recursive: true });
  const engine = relative(dir, join(repoRoot, "runtime-ts", "engine")).replace(/\\/g, "/");
  const tsconfig = {
    compilerOptions: { target: "ES2022", module: "ESNext", moduleResolution: "Bundler", lib: ["ES2022"], types: [], strict: true, noEmit: true, skipLibCheck: true },
    include: ["src/**/*.ts", `${engine}/*.d.ts`],
    npcBuild: { rootDir: "src", outDir: "out" },
  };
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify(tsconfig, null, 2) + "\n");
  for (let m = 0; m < modules; m++) writeFileSync(join(dir, "src", `lib_${m}.ts`), libraryModule(m));
  for (let m = 0; m < modules; m += 4) writeFileSync(join(dir, "src", `run_${m}.ts`), scriptModule(m));
  return join(dir, "tsconfig.json");
}

function libraryModule(m: number): string {
  const fns: string[] = [];
  for (let f = 0; f < 10; f++) {
    fns.push(`export function L${m}_F${f}(o: object, n: int, label: string = "x"): int {
  let total = 0;
  for (let i = 0; i < n; i++) {
    if (i % 3 === 0) continue;
    total += GetLocalInt(o, \`\${label}_\${i}\`) * ${f + 1};
  }
  switch (n) {
    case 0: return 0;
    case 1:
    case 2: total++; break;
    default: total = total > LIMIT_${m} ? LIMIT_${m} : total;
  }
  const s: Slot${m} = { id: total, tag: label, weight: 1 };
  return Weigh${m}(s) + (total >> 1);
}
`);
  }
  return `export const LIMIT_${m} = ${100 + m};

export interface Slot${m} {
  id: int;
  tag: string;
  weight: float;
}

function Weigh${m}(s: Slot${m}): int {
  return s.weight > 0.5 ? s.id : -s.id;
}

${fns.join("\n")}`;
}

function scriptModule(m: number): string {
  return `import { L${m}_F0, L${m}_F1 } from "./lib_${m}";

export function main(): void {
  const self = OBJECT_SELF;
  const a = L${m}_F0(self, 4);
  PrintString(\`a=\${a} b=\${L${m}_F1(self, a, "y")}\`);
  DelayCommand(1.5, () => SetLocalInt(self, "done", a));
}
`;
}
