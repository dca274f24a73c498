// Tunables set from build configuration: tsconfig's "npcBuild.constants" replaces the value of an
// exported top-level const. The override is applied where module-level consts are collected, so
// the emitted declaration, every folded use and the twin's facts all see the same value.
import { ts } from "#ts-morph";
import type { ConstantError, ConstantValue } from "../api.js";
import { displayPath } from "../load/paths.js";
import type { Const } from "./fold.js";
import type { NwType } from "../nwscript/ast.js";

const INT_MIN = -2147483648;
const INT_MAX = 2147483647;

const isExported = (st: ts.Statement) => !!ts.canHaveModifiers(st) && !!ts.getModifiers(st)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

/** Where a declaration is, as "file:line" for messages. */
export function declarationPlace(node: ts.Node): string {
  const sf = node.getSourceFile();
  return `${displayPath(sf.fileName)}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`;
}

export interface AppliedOverride {
  name: string;
  declaration: ts.VariableDeclaration;
  value: Const;
}

export class ConstantOverrides {
  readonly errors: ConstantError[] = [];
  /** Overrides that took effect, by declaration. */
  readonly applied = new Map<ts.VariableDeclaration, AppliedOverride>();
  /** Name → the one exported const it sets (names with zero or several candidates are absent). */
  private readonly targets = new Map<string, ts.VariableDeclaration>();

  constructor(
    private readonly values: ReadonlyMap<string, ConstantValue>,
    /** The program holds only part of the project (the twin): a name not found is not an error. */
    private readonly partial: boolean,
  ) {}

  get size(): number {
    return this.values.size;
  }

  /** Finds each name's declaration among the modules' top-level statements; reports names that have none or several. */
  resolve(files: readonly ts.SourceFile[]): void {
    if (this.values.size === 0) return;
    const consts = new Map<string, ts.VariableDeclaration[]>();
    const others = new Map<string, ts.Node>();
    for (const sf of files) {
      for (const st of sf.statements) {
        for (const [name, node, exportedConst] of topLevelNames(st)) {
          if (!this.values.has(name)) continue;
          if (exportedConst) consts.set(name, [...(consts.get(name) ?? []), node as ts.VariableDeclaration]);
          else if (!others.has(name)) others.set(name, node);
        }
      }
    }
    for (const name of this.values.keys()) {
      const found = consts.get(name) ?? [];
      if (found.length === 1) this.targets.set(name, found[0]!);
      else if (found.length > 1) this.fail(name, `"${name}" is an exported const of several modules (${found.map(declarationPlace).join(", ")}); rename all but one`);
      else if (others.has(name)) this.fail(name, `"${name}" (${declarationPlace(others.get(name)!)}) is not an exported top-level const; only those can be set from build configuration`);
      else if (!this.partial) this.fail(name, `no exported const "${name}" in the project`);
    }
  }

  /**
   * The value a collected module-level declaration gets: the configured one if this is the
   * declaration a setting names and the setting fits its type, else `current` (its own value).
   */
  valueFor(d: ts.VariableDeclaration, type: NwType, current: Const | undefined): Const | undefined {
    if (!ts.isIdentifier(d.name) || this.targets.get(d.name.text) !== d) return current;
    const name = d.name.text;
    const place = declarationPlace(d);
    if (!current) {
      this.fail(name, `"${name}" (${place}) has no constant int, float or string value, so it cannot be set from build configuration`);
      return current;
    }
    const value = fit(this.values.get(name)!, type);
    if (typeof value === "string" && value.startsWith("!")) {
      this.fail(name, `"${name}" is ${type === "int" ? "an" : "a"} ${type} const (${place}); ${value.slice(1)}`);
      return current;
    }
    const set = value as Const;
    this.applied.set(d, { name, declaration: d, value: set });
    return set;
  }

  /** Records a problem with the setting `name` (reported at its key in tsconfig.json). */
  fail(name: string, message: string): void {
    this.errors.push({ name, message });
  }

  /** Whether a setting took effect on the top-level const `name` of `sf`. */
  setsName(sf: ts.SourceFile, name: string): boolean {
    const d = this.targets.get(name);
    return !!d && d.getSourceFile() === sf && this.applied.has(d);
  }

  /** The setting that overrides a declaration, if any. */
  appliedTo(d: ts.VariableDeclaration): AppliedOverride | undefined {
    return this.applied.get(d);
  }
}

/** The configured JSON value as a constant of the const's type, or "!reason" when it does not fit. */
function fit(value: ConstantValue, type: NwType): Const | string {
  const shown = JSON.stringify(value);
  if (type === "int") {
    if (typeof value !== "number" || !Number.isInteger(value) || value < INT_MIN || value > INT_MAX) {
      return `!set it to a whole number from ${INT_MIN} to ${INT_MAX}, not ${shown}`;
    }
    return { type: "int", value };
  }
  if (type === "float") {
    if (typeof value !== "number" || !Number.isFinite(Math.fround(value))) return `!set it to a number within float range, not ${shown}`;
    return { type: "float", value: Math.fround(value) };
  }
  if (type === "string") {
    if (typeof value !== "string") return `!set it to a string, not ${shown}`;
    if (/[^\x20-\x7e\n]/.test(value)) return "!its value may hold printable ASCII characters and newlines only";
    if (value.length >= 32768) return "!its value must be shorter than 32768 characters";
    return { type: "string", value };
  }
  return `!only int, float and string consts can be set from build configuration`;
}

/** Top-level names a statement declares: [name, declaration node, is an exported const]. */
function topLevelNames(st: ts.Statement): [string, ts.Node, boolean][] {
  if (ts.isVariableStatement(st)) {
    const exportedConst = isExported(st) && !!(st.declarationList.flags & ts.NodeFlags.Const);
    return st.declarationList.declarations.filter((d) => ts.isIdentifier(d.name)).map((d) => [(d.name as ts.Identifier).text, d, exportedConst]);
  }
  if ((ts.isFunctionDeclaration(st) || ts.isInterfaceDeclaration(st) || ts.isTypeAliasDeclaration(st)) && st.name) return [[st.name.text, st, false]];
  return [];
}
