// Module level: first every module's tables (entry point, structs, functions, globals) are
// collected, so that any module can refer to any other; then each module is lowered to one file.
import { ts } from "#ts-morph";
import { isReExport } from "../../check/subset.js";
import type { NwExpr, NwTopLevel } from "../../nwscript/ast.js";
import { displayPath } from "../../load/paths.js";
import { FunctionScope, type ModuleInfo, type ProgramContext } from "../context.js";
import { coerce } from "../coerce.js";
import { evaluateConstant, type Const } from "../fold.js";
import { freeName, isValidResref } from "../names.js";
import { floatText, nwTypeOfInferred, nwTypeOfNode } from "../types.js";
import { runConstChecks } from "../const-checks.js";
import { checkConstant } from "./constants.js";
import { lowerExpr } from "./expressions.js";
import { functionHeader, lowerFunction, type FunctionHeader } from "./functions.js";

const hasExport = (n: ts.Node) => !!ts.canHaveModifiers(n) && !!ts.getModifiers(n)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

export interface CollectedModule extends ModuleInfo {
  headers: Map<ts.FunctionDeclaration, FunctionHeader>;
}

/** Pass 1 over all modules: names and types of everything declared at the top level. */
export function collectModules(ctx: ProgramContext, files: ts.SourceFile[]): CollectedModule[] {
  const modules = files.map((sf) => ({ sf, name: sf.fileName.replace(/^.*\//, "").replace(/\.ts$/, ""), kind: entryKind(ctx, sf), headers: new Map() }) as CollectedModule);
  for (const m of modules) {
    ctx.modules.set(m.sf, m);
    if (!isValidResref(m.name)) ctx.diagnostics.report(m.sf.statements[0] ?? m.sf, "InvalidResourceName", m.name);
  }
  const byName = new Map<string, CollectedModule>();
  for (const m of modules) {
    const other = byName.get(m.name);
    if (other) ctx.diagnostics.report(m.sf.statements[0] ?? m.sf, "DuplicateResourceName", m.name, displayPath(other.sf.fileName), displayPath(m.sf.fileName));
    byName.set(m.name, m);
  }
  for (const m of modules) registerStructNames(ctx, m);
  for (const m of modules) registerStructFields(ctx, m);
  const declared: { nwName: string; node: ts.Node; sf: ts.SourceFile }[] = [];
  const claim = (node: ts.Node, tsName: string, sf: ts.SourceFile): string => {
    // Two names of one module can meet only once spelled for NWScript ($x and _x).
    const nwName = freeName(tsName, (n) => ctx.reserved.has(n) || declared.some((d) => d.sf === sf && d.nwName === n));
    declared.push({ nwName, node, sf });
    return nwName;
  };
  // Values first: default parameter values may name module-level consts.
  ctx.overrides?.resolve(modules.map((m) => m.sf));
  for (const m of modules) {
    for (const st of m.sf.statements) {
      if (!ts.isVariableStatement(st)) continue;
      const isConst = !!(st.declarationList.flags & ts.NodeFlags.Const);
      for (const d of st.declarationList.declarations) {
        if (!ts.isIdentifier(d.name)) continue;
        const type = d.type ? nwTypeOfNode(ctx, d.type) : literalType(ctx, d);
        if (!type) continue;
        const constant = isConst && d.initializer ? evaluateConstant(ctx, d.initializer) : undefined;
        // Only int, float and string consts with constant values become NWScript consts.
        let constantValue: Const | undefined;
        if (constant && constant.type === type) constantValue = constant;
        else if (constant?.type === "int" && type === "float") constantValue = { type: "float", value: constant.value };
        if (isConst && ctx.overrides) constantValue = ctx.overrides.valueFor(d, type, constantValue);
        ctx.values.set(ctx.symbolOf(d.name)!, { nwName: claim(d.name, d.name.text, m.sf), type, global: !constantValue, constantValue });
        ctx.twin?.declaration(d, type, !constantValue, constantValue?.value, !!ctx.overrides?.appliedTo(d));
      }
    }
  }
  runConstChecks(ctx, modules.map((m) => m.sf));
  for (const m of modules) {
    for (const st of m.sf.statements) {
      if (ts.isFunctionDeclaration(st) && st.name && st.body) {
        const nwName = ["main", "StartingConditional"].includes(st.name.text) ? st.name.text : claim(st.name, st.name.text, m.sf);
        const header = functionHeader(ctx, st, nwName);
        if (!header) continue;
        m.headers.set(st, header);
        ctx.signatures.set(ctx.symbolOf(st.name)!, { nwName, returnType: header.returnType, params: header.params.map((p) => p.type) });
      }
    }
  }
  // Local names must not reuse a user function's name either.
  for (const sig of ctx.signatures.values()) ctx.reserved.add(sig.nwName);
  reportClashes(ctx, modules, declared);
  return modules;
}

/**
 * Functions and globals share one namespace per compiled script: the script and everything it
 * includes. Two modules may use the same name when no script includes both.
 */
function reportClashes(ctx: ProgramContext, modules: CollectedModule[], declared: { nwName: string; node: ts.Node; sf: ts.SourceFile }[]): void {
  const imports = new Map<ts.SourceFile, ts.SourceFile[]>();
  for (const m of modules) imports.set(m.sf, importsOf(ctx, m.sf));
  const closure = (sf: ts.SourceFile, seen = new Set<ts.SourceFile>()): Set<ts.SourceFile> => {
    if (seen.has(sf)) return seen;
    seen.add(sf);
    for (const t of imports.get(sf) ?? []) closure(t, seen);
    return seen;
  };
  const reported = new Set<ts.Node>();
  for (const m of modules) {
    const files = closure(m.sf);
    const owner = new Map<string, ts.SourceFile>();
    for (const d of declared) {
      if (!files.has(d.sf)) continue;
      const prior = owner.get(d.nwName);
      if (prior && prior !== d.sf && !reported.has(d.node)) {
        reported.add(d.node);
        ctx.diagnostics.report(d.node, "DuplicateGlobalName", d.nwName, displayPath(prior.fileName), displayPath(d.sf.fileName));
      }
      owner.set(d.nwName, d.sf);
    }
  }
}

function entryKind(ctx: ProgramContext, sf: ts.SourceFile): ModuleInfo["kind"] {
  let kind: ModuleInfo["kind"] = "include";
  for (const st of sf.statements) {
    if (!ts.isFunctionDeclaration(st) || !st.name) continue;
    const name = st.name.text;
    if (name !== "main" && name !== "StartingConditional") continue;
    if (kind !== "include") ctx.diagnostics.report(st.name, "BothEntryPoints");
    kind = name === "main" ? "script" : "conditional";
    const returns = st.type?.getText();
    if (!hasExport(st)) ctx.diagnostics.report(st.name, "EntryPointSignature", `${name} must be exported: export function ${name}(…)`);
    if (st.parameters.length > 0) ctx.diagnostics.report(st.name, "EntryPointSignature", `${name} takes no parameters`);
    if (name === "main" && returns !== "void") ctx.diagnostics.report(st.name, "EntryPointSignature", "main must be declared 'export function main(): void'");
    if (name === "StartingConditional" && returns !== "int" && returns !== "boolean") ctx.diagnostics.report(st.name, "EntryPointSignature", "StartingConditional must be declared 'export function StartingConditional(): int'");
  }
  return kind;
}

function literalType(ctx: ProgramContext, d: ts.VariableDeclaration): string | undefined {
  if (d.initializer) {
    const c = evaluateConstant(ctx, d.initializer);
    if (c) return c.type;
    const inferred = nwTypeOfInferred(ctx, d.name);
    if (inferred) return inferred;
  }
  ctx.diagnostics.report(d.name, "CannotInferType", d.name.getText());
  return undefined;
}

function registerStructNames(ctx: ProgramContext, m: CollectedModule): void {
  for (const st of m.sf.statements) {
    if (!ts.isInterfaceDeclaration(st)) continue;
    // Two modules may each declare an interface of the same name: the second struct is renamed.
    const nwName = freeName(st.name.text, (n) => ctx.reserved.has(n) || ctx.structsByType.has(`struct ${n}`));
    const info = { nwName, fields: new Map() };
    ctx.structs.set(ctx.symbolOf(st.name)!, info);
    ctx.structsByType.set(`struct ${info.nwName}`, info);
  }
}

function registerStructFields(ctx: ProgramContext, m: CollectedModule): void {
  for (const st of m.sf.statements) {
    if (!ts.isInterfaceDeclaration(st)) continue;
    const info = ctx.structs.get(ctx.symbolOf(st.name)!)!;
    if (st.heritageClauses?.length || st.typeParameters?.length) ctx.diagnostics.report(st.name, "InterfaceMember");
    for (const member of st.members) {
      if (!ts.isPropertySignature(member) || !member.type || member.questionToken || !ts.isIdentifier(member.name)) {
        ctx.diagnostics.report(member, "InterfaceMember");
        continue;
      }
      const type = nwTypeOfNode(ctx, member.type);
      if (!type) continue;
      if (type === "void" || type === "action") ctx.diagnostics.report(member.type, "InterfaceMember");
      const taken = (n: string) => ctx.reserved.has(n) || [...info.fields.values()].some((f) => f.nwName === n);
      info.fields.set(member.name.text, { nwName: freeName(member.name.text, taken), type });
    }
  }
}

/** Pass 2: one module's top-level items in emission order (before prototypes are added). */
export function lowerModule(ctx: ProgramContext, m: CollectedModule): NwTopLevel[] {
  const includes: NwTopLevel[] = [];
  const structs: NwTopLevel[] = [];
  const rest: NwTopLevel[] = [];
  const init = new FunctionScope(ctx, "void");
  for (const st of m.sf.statements) {
    if (ts.isImportDeclaration(st) || isReExport(st)) {
      const target = importTarget(ctx, st);
      if (target && !includes.some((i) => i.kind === "include" && i.name === target)) includes.push({ kind: "include", name: target });
    } else if (ts.isInterfaceDeclaration(st)) {
      const info = ctx.structs.get(ctx.symbolOf(st.name)!)!;
      structs.push({ kind: "struct", name: info.nwName, fields: [...info.fields.values()].map((f) => ({ type: f.type, name: f.nwName })) });
    } else if (ts.isFunctionDeclaration(st)) {
      const header = m.headers.get(st);
      if (header) rest.push(lowerFunction(ctx, st, header));
    } else if (ts.isVariableStatement(st)) {
      for (const d of st.declarationList.declarations) {
        const info = ts.isIdentifier(d.name) ? ctx.values.get(ctx.symbolOf(d.name)!) : undefined;
        if (!info) continue;
        if (info.constantValue) {
          checkConstant(init, d.initializer!, info.constantValue);
          rest.push({ kind: "const", type: info.type, name: info.nwName, value: constantExpr(info.constantValue) });
          continue;
        }
        let value = d.initializer ? lowerExpr(init, d.initializer, info.type) : undefined;
        if (value) value = coerce(init, d.initializer!, value, info.type);
        if (value && value.pre.length > 0) ctx.diagnostics.report(d.initializer!, "ModuleInitializer");
        rest.push({ kind: "global", type: info.type, name: info.nwName, init: value?.expr });
      }
    }
  }
  // Consts first: function defaults and prototypes may name them.
  const consts = rest.filter((i) => i.kind === "const");
  return [...includes, ...sortStructs(structs), ...consts, ...rest.filter((i) => i.kind !== "const")];
}

function constantExpr(c: Const): NwExpr {
  if (c.type === "int") return { kind: "int", value: c.value };
  if (c.type === "float") return { kind: "float", text: floatText(c.value) };
  return { kind: "string", value: c.value };
}

function importTarget(ctx: ProgramContext, st: ts.ImportDeclaration | (ts.ExportDeclaration & { moduleSpecifier: ts.StringLiteral })): string | undefined {
  const sym = ctx.checker.getSymbolAtLocation(st.moduleSpecifier);
  const sf = sym?.valueDeclaration && ts.isSourceFile(sym.valueDeclaration) ? sym.valueDeclaration : undefined;
  const target = sf && ctx.modules.get(sf);
  const spec = (st.moduleSpecifier as ts.StringLiteral).text;
  if (!target) {
    ctx.diagnostics.report(st.moduleSpecifier, "ImportOutsideProject", spec);
    return undefined;
  }
  if (target.kind !== "include") {
    ctx.diagnostics.report(st.moduleSpecifier, "IncludeOfScript", spec);
    return undefined;
  }
  if (reaches(ctx, target.sf, st.getSourceFile())) {
    ctx.diagnostics.report(st.moduleSpecifier, "CircularImport", spec);
    return undefined;
  }
  return target.name;
}

/** The modules `sf` imports directly. */
function importsOf(ctx: ProgramContext, sf: ts.SourceFile): ts.SourceFile[] {
  return sf.statements.flatMap((st) => {
    const target = ts.isImportDeclaration(st) || isReExport(st) ? ctx.checker.getSymbolAtLocation(st.moduleSpecifier)?.valueDeclaration : undefined;
    return target && ts.isSourceFile(target) ? [target] : [];
  });
}

/** Does `from` import `to`, directly or through other modules? */
function reaches(ctx: ProgramContext, from: ts.SourceFile, to: ts.SourceFile, seen = new Set<ts.SourceFile>()): boolean {
  if (from === to) return true;
  if (seen.has(from)) return false;
  seen.add(from);
  return importsOf(ctx, from).some((next) => reaches(ctx, next, to, seen));
}

/** A struct must be declared before a struct that holds it. */
function sortStructs(items: NwTopLevel[]): NwTopLevel[] {
  const structs = items.filter((i): i is Extract<NwTopLevel, { kind: "struct" }> => i.kind === "struct");
  const out: typeof structs = [];
  const visit = (s: (typeof structs)[number], stack: Set<string>) => {
    if (out.includes(s) || stack.has(s.name)) return;
    stack.add(s.name);
    for (const f of s.fields) {
      const dep = structs.find((o) => f.type === `struct ${o.name}`);
      if (dep) visit(dep, stack);
    }
    out.push(s);
  };
  structs.forEach((s) => visit(s, new Set()));
  return out;
}
