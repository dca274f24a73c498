// State shared by the lowering visitors: the program-wide tables (names, types, structs) and the
// per-function scope (locals, temporaries, loops).
import { ts } from "#ts-morph";
import type { Diagnostic } from "../api.js";
import { codeOf, formatMessage, type DiagnosticKey } from "../diagnostics/messages.js";
import type { NwStmt, NwType } from "../nwscript/ast.js";
import { displayPath } from "../load/paths.js";
import { freeName } from "./names.js";

export interface StructInfo {
  nwName: string;
  fields: Map<string, { nwName: string; type: NwType }>;
}

export interface ModuleInfo {
  sf: ts.SourceFile;
  /** Resource name (file name without .ts). */
  name: string;
  kind: "script" | "conditional" | "include";
}

/** A top-level value or function of a subset module, or a local of a function. */
export interface ValueInfo {
  nwName: string;
  type: NwType;
  /** Module-level variable (an NWScript global): calls may change it. */
  global?: boolean;
  /** Module-level const with a constant initializer: its value. */
  constantValue?: import("./fold.js").Const;
}

/** What the lowering tells the twin's Node transform about the TypeScript it reads. */
export interface TwinHooks {
  /** The NWScript type of an expression. */
  expression(node: ts.Expression, type: NwType): void;
  /** A variable declaration (local, or a module-level NWScript global) and its type. */
  declaration(node: ts.VariableDeclaration, type: NwType, global: boolean, constantValue?: number | string, setByBuild?: boolean): void;
  /** An identifier that reads or writes a local variable or parameter. */
  local(node: ts.Identifier): void;
}

export class DiagnosticSink {
  readonly list: Diagnostic[] = [];

  report(node: ts.Node, key: DiagnosticKey, ...args: (string | number)[]): void {
    const sf = node.getSourceFile();
    const { line, character } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
    const d: Diagnostic = { file: displayPath(sf.fileName), line: line + 1, col: character + 1, code: codeOf(key), message: formatMessage(key, args) };
    // The subset check and the lowering may both meet the same construct: report it once.
    if (this.list.some((o) => o.file === d.file && o.line === d.line && o.col === d.col && o.code === d.code)) return;
    this.list.push(d);
  }
}

export class ProgramContext {
  readonly values = new Map<ts.Symbol, ValueInfo>();
  readonly structs = new Map<ts.Symbol, StructInfo>();
  readonly structsByType = new Map<string, StructInfo>();
  readonly signatures = new Map<ts.Symbol, import("./visitors/calls.js").Signature>();
  readonly modules = new Map<ts.SourceFile, ModuleInfo>();
  /** Told the NWScript facts the twin's Node transform needs (tools/twin/node). */
  twin?: TwinHooks;
  /** Const values set from build configuration (tsconfig's npcBuild.constants). */
  overrides?: import("./overrides.js").ConstantOverrides;
  /** Names no user identifier may take: keywords, engine names, user top-level names. */
  readonly reserved: Set<string>;

  constructor(
    readonly checker: ts.TypeChecker,
    readonly diagnostics: DiagnosticSink,
    readonly isEngineDeclaration: (node: ts.Node) => boolean,
    reserved: Set<string>,
  ) {
    this.reserved = reserved;
  }

  /** The symbol an identifier refers to, with import aliases followed. */
  symbolOf(node: ts.Node): ts.Symbol | undefined {
    // Asked many times per node while lowering: memoised.
    if (this.symbols.has(node)) return this.symbols.get(node);
    // In `{ a }` the name is both a property and a read of the variable `a`: we want the variable.
    const shorthand = node.parent && ts.isShorthandPropertyAssignment(node.parent) && node.parent.name === node;
    let sym = shorthand ? this.checker.getShorthandAssignmentValueSymbol(node.parent) : this.checker.getSymbolAtLocation(node);
    if (sym && sym.flags & ts.SymbolFlags.Alias) sym = this.checker.getAliasedSymbol(sym);
    this.symbols.set(node, sym);
    return sym;
  }

  private readonly symbols = new Map<ts.Node, ts.Symbol | undefined>();

  /** Value of an engine constant, from the `@value` comment the declarations generator writes before it. */
  engineConstantText(decl: ts.Declaration): string | undefined {
    const statement = ts.isVariableDeclaration(decl) ? decl.parent.parent : decl;
    const sf = decl.getSourceFile();
    for (const range of ts.getLeadingCommentRanges(sf.text, statement.pos) ?? []) {
      const m = /^\/\*\* @value (.*) \*\/$/.exec(sf.text.slice(range.pos, range.end));
      if (m) return m[1];
    }
    return undefined;
  }
}

interface BlockScope {
  names: Map<string, { type: NwType; fromFor: boolean }>;
}

export class FunctionScope {
  readonly locals = new Map<ts.Symbol, ValueInfo>();
  private temps = 0;
  private blocks: BlockScope[] = [{ names: new Map() }];
  /** Names used anywhere in the function (params, locals, temps): a new local never reuses one
   *  that is visible in an enclosing block, so hoisted declarations cannot capture. */
  private everywhere = new Set<string>();

  constructor(
    readonly program: ProgramContext,
    readonly returnType: NwType,
  ) {}

  enterBlock(): void {
    this.blocks.push({ names: new Map() });
  }

  exitBlock(): void {
    this.blocks.pop();
  }

  private taken = (n: string): boolean => this.program.reserved.has(n) || this.blocks.some((b) => b.names.has(n));

  /** Declares a user local; returns its NWScript name (renamed if it would clash). */
  declareLocal(sym: ts.Symbol, tsName: string, type: NwType, fromFor = false): { nwName: string; reused: boolean } {
    const top = this.blocks[this.blocks.length - 1];
    const prior = top.names.get(tsName);
    if (fromFor && prior && prior.fromFor && prior.type === type && !this.program.reserved.has(tsName)) {
      this.locals.set(sym, { nwName: tsName, type });
      return { nwName: tsName, reused: true };
    }
    const nwName = freeName(tsName, this.taken);
    top.names.set(nwName, { type, fromFor });
    this.everywhere.add(nwName);
    this.locals.set(sym, { nwName, type });
    return { nwName, reused: false };
  }

  /** A fresh temporary name, declared in the current block. */
  temp(type: NwType): string {
    let name: string;
    do name = `__t${++this.temps}`;
    while (this.everywhere.has(name));
    this.blocks[this.blocks.length - 1].names.set(name, { type, fromFor: false });
    this.everywhere.add(name);
    return name;
  }

  /** `type name = value;` for a fresh temporary, appended to `pre`; returns the name. */
  hoist(pre: NwStmt[], type: NwType, value: import("../nwscript/ast.js").NwExpr): string {
    const name = this.temp(type);
    pre.push({ kind: "decl", type, declarators: [{ name, init: value }] });
    return name;
  }
}
