// The "npcBuild" block of tsconfig.json: npc-build's own settings, validated key by key so a
// typo is reported at its line instead of being silently ignored.
import path from "node:path";
import { ts } from "#ts-morph";
import type { ConstantValue } from "../api.js";
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
  /** "constants": const name → configured value and where its key is (`file:line:col`), in file order. */
  constants?: Map<string, { value: ConstantValue; where: string }>;
}

const KEYS = { rootDir: "path", outDir: "path", compile: "boolean", nwscriptCompiler: "path", constants: "object" } as const;
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
    if (key === "constants") {
      block.constants = readConstants(init, where);
    } else if (KEYS[key] === "boolean") {
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
      block[key as Exclude<Key, "compile" | "constants">] = resolved;
    }
  }
  return block;
}

/** `"constants": { "NAME": value, … }`: JSON numbers and strings (booleans too: an int const then says what fits). */
function readConstants(init: ts.Expression, where: (n: ts.Node) => string): Map<string, { value: ConstantValue; where: string }> {
  if (!ts.isObjectLiteralExpression(init)) throw new UsageError(`${where(init)}: "npcBuild.constants" must be an object: { "CONST_NAME": value, … }`);
  const out = new Map<string, { value: ConstantValue; where: string }>();
  for (const member of init.properties) {
    if (!ts.isPropertyAssignment(member) || !hasKeyName(member.name)) {
      throw new UsageError(`${where(member)}: "npcBuild.constants" may only hold "CONST_NAME": value pairs`);
    }
    const name = member.name.text;
    if (!/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name)) throw new UsageError(`${where(member.name)}: "npcBuild.constants.${name}" is not a const name`);
    if (out.has(name)) throw new UsageError(`${where(member.name)}: "npcBuild.constants.${name}" is set twice`);
    const value = jsonScalar(member.initializer);
    if (value === undefined) {
      throw new UsageError(`${where(member.initializer)}: "npcBuild.constants.${name}" must be a number or a string`);
    }
    out.set(name, { value, where: where(member.name) });
  }
  return out;
}

function jsonScalar(e: ts.Expression): ConstantValue | undefined {
  if (ts.isNumericLiteral(e)) return Number(e.text);
  if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(e.operand)) return -Number(e.operand.text);
  if (ts.isStringLiteral(e)) return e.text;
  if (e.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (e.kind === ts.SyntaxKind.FalseKeyword) return false;
  return undefined;
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
