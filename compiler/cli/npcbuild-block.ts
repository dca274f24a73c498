// The "npcBuild" block of tsconfig.json: npc-build's own settings, validated key by key so a
// typo is reported at its line instead of being silently ignored.
import path from "node:path";
import { ts } from "#ts-morph";
import { UsageError } from "./errors.js";
import { isDirectory } from "./fs-util.js";
import type { CliIO } from "./io.js";
import { locate, type TsconfigFile } from "./tsconfig-file.js";

/** The block's settings; paths are absolute (the block's are relative to the tsconfig's folder). */
export interface NpcBuildBlock {
  rootDir?: string;
  outDir?: string;
  compile?: boolean;
  nwscriptCompiler?: string;
}

const KEYS = { rootDir: "path", outDir: "path", compile: "boolean", nwscriptCompiler: "path" } as const;
type Key = keyof typeof KEYS;

export function readNpcBuildBlock(io: CliIO, tsconfig: TsconfigFile): NpcBuildBlock {
  const root = tsconfig.source.statements[0]?.expression;
  if (!root || !ts.isObjectLiteralExpression(root)) return {};
  const property = findProperty(root, "npcBuild");
  if (!property) return {};
  const where = (node: ts.Node) => locate(io, tsconfig.source, node.getStart(tsconfig.source));
  const value = property.initializer;
  if (!ts.isObjectLiteralExpression(value)) {
    throw new UsageError(`${where(value)}: "npcBuild" must be an object`);
  }
  const base = path.dirname(tsconfig.path);
  const block: NpcBuildBlock = {};
  for (const member of value.properties) {
    if (!ts.isPropertyAssignment(member) || !member.name || !hasKeyName(member.name)) {
      throw new UsageError(`${where(member)}: "npcBuild" may only hold settings`);
    }
    const name = member.name.text;
    if (!Object.hasOwn(KEYS, name)) {
      throw new UsageError(
        `${where(member.name)}: unknown setting "npcBuild.${name}" (known: ${Object.keys(KEYS).join(", ")})`,
      );
    }
    const key = name as Key;
    const init = member.initializer;
    if (KEYS[key] === "boolean") {
      if (init.kind !== ts.SyntaxKind.TrueKeyword && init.kind !== ts.SyntaxKind.FalseKeyword) {
        throw new UsageError(`${where(init)}: "npcBuild.${key}" must be true or false`);
      }
      block.compile = init.kind === ts.SyntaxKind.TrueKeyword;
    } else {
      if (!ts.isStringLiteral(init) || init.text.trim() === "") {
        throw new UsageError(`${where(init)}: "npcBuild.${key}" must be a non-empty string (a path)`);
      }
      const resolved = path.resolve(base, init.text);
      if (key === "rootDir" && !isDirectory(resolved)) {
        throw new UsageError(`${where(init)}: "npcBuild.rootDir" names a folder that does not exist: ${init.text}`);
      }
      block[key as Exclude<Key, "compile">] = resolved;
    }
  }
  return block;
}

function findProperty(object: ts.ObjectLiteralExpression, name: string): ts.PropertyAssignment | undefined {
  for (const member of object.properties) {
    if (ts.isPropertyAssignment(member) && hasKeyName(member.name) && member.name.text === name) return member;
  }
  return undefined;
}

function hasKeyName(name: ts.PropertyName): name is ts.StringLiteral | ts.Identifier {
  return ts.isStringLiteral(name) || ts.isIdentifier(name);
}
