// Prints the NWScript syntax tree as readable source: four-space indentation, braces on their own
// lines, and parentheses only where precedence needs them.
import type { NwCaseClause, NwExpr, NwFile, NwParam, NwStmt, NwTopLevel } from "./ast.js";
import { ASSIGN, BINARY_PRECEDENCE, COND, precedenceOf } from "./precedence.js";

const INDENT = "    ";

export function printFile(file: NwFile): string {
  const out: string[] = file.header.map((l) => (l ? `// ${l}` : "//"));
  let previous: NwTopLevel["kind"] | undefined;
  for (const item of file.items) {
    // Blank line between groups, and around every function body.
    if (out.length > 0 && (item.kind !== previous || item.kind === "function" || item.kind === "struct")) out.push("");
    out.push(...printTopLevel(item));
    previous = item.kind;
  }
  return out.join("\n") + "\n";
}

function printTopLevel(item: NwTopLevel): string[] {
  switch (item.kind) {
    case "include":
      return [`#include "${item.name}"`];
    case "const":
      return [`const ${item.type} ${item.name} = ${printExpr(item.value)};`];
    case "global":
      return [`${item.type} ${item.name}${item.init ? ` = ${printExpr(item.init)}` : ""};`];
    case "struct":
      return [`struct ${item.name}`, "{", ...item.fields.map((f) => `${INDENT}${f.type} ${f.name};`), "};"];
    case "prototype":
      return [`${signature(item.returnType, item.name, item.params)};`];
    case "function":
      return [signature(item.returnType, item.name, item.params), ...printBlock(item.body, "")];
  }
}

function signature(returnType: string, name: string, params: NwParam[]): string {
  const ps = params.map((p) => `${p.type} ${p.name}${p.default ? ` = ${printExpr(p.default)}` : ""}`);
  return `${returnType} ${name}(${ps.join(", ")})`;
}

function printBlock(body: NwStmt[], indent: string): string[] {
  return [`${indent}{`, ...body.flatMap((s) => printStmt(s, indent + INDENT)), `${indent}}`];
}

/** A statement used as the body of if/while/for: blocks inline, anything else indented alone. */
function printBody(s: NwStmt, indent: string): string[] {
  return s.kind === "block" ? printBlock(s.body, indent) : printBlock([s], indent);
}

export function printStmt(s: NwStmt, indent: string): string[] {
  switch (s.kind) {
    case "block":
      return printBlock(s.body, indent);
    case "decl":
      return [`${indent}${s.type} ${s.declarators.map((d) => (d.init ? `${d.name} = ${printExpr(d.init)}` : d.name)).join(", ")};`];
    case "expr":
      return [`${indent}${printExpr(s.expr)};`];
    case "if": {
      const lines = [`${indent}if (${printExpr(s.cond)})`, ...printBody(s.then, indent)];
      if (s.else) {
        if (s.else.kind === "if") {
          const [first, ...rest] = printStmt(s.else, indent);
          lines.push(`${indent}else ${first.trimStart()}`, ...rest);
        } else {
          lines.push(`${indent}else`, ...printBody(s.else, indent));
        }
      }
      return lines;
    }
    case "while":
      return [`${indent}while (${printExpr(s.cond)})`, ...printBody(s.body, indent)];
    case "do":
      return [`${indent}do`, ...printBody(s.body, indent), `${indent}while (${printExpr(s.cond)});`];
    case "for": {
      // Empty clauses print as nothing: for (;;), for (; i < n;), for (i = 0;; i++).
      const part = (e: NwExpr | undefined, lead: string) => (e ? lead + printExpr(e) : "");
      const head = `for (${part(s.init, "")};${part(s.cond, " ")};${part(s.update, " ")})`;
      return [`${indent}${head}`, ...printBody(s.body, indent)];
    }
    case "switch":
      return [`${indent}switch (${printExpr(s.expr)})`, `${indent}{`, ...s.clauses.flatMap((c) => printClause(c, indent + INDENT)), `${indent}}`];
    case "break":
      return [`${indent}break;`];
    case "continue":
      return [`${indent}continue;`];
    case "return":
      return [`${indent}return${s.value ? ` ${printExpr(s.value)}` : ""};`];
  }
}

function printClause(c: NwCaseClause, indent: string): string[] {
  const labels = c.labels.map((l) => (l === "default" ? `${indent}default:` : `${indent}case ${printExpr(l)}:`));
  return [...labels, ...c.body.flatMap((s) => printStmt(s, indent + INDENT))];
}

export function printExpr(e: NwExpr): string {
  switch (e.kind) {
    case "int":
      return e.text ?? String(e.value);
    case "float":
      return e.text;
    case "string":
      return quote(e.value);
    case "name":
      return e.name;
    case "vector":
      return `[${e.x}, ${e.y}, ${e.z}]`;
    case "unary": {
      // The official compiler applies a prefix operator to a postfix expression only: a nested
      // prefix operator (or a negative literal) needs parentheses, -(-x), never - -x.
      return `${e.op}${wrap(e.operand, 2, false)}`;
    }
    case "postfix":
      return `${wrap(e.operand, 1, true)}${e.op}`;
    case "binary": {
      const p = BINARY_PRECEDENCE[e.op];
      return `${wrap(e.left, p, true)} ${e.op} ${wrap(e.right, p, false)}`;
    }
    case "assign":
      return `${printExpr(e.target)} ${e.op} ${wrap(e.value, ASSIGN, true)}`;
    case "cond":
      return `${wrap(e.cond, COND, false)} ? ${wrap(e.whenTrue, COND, true)} : ${wrap(e.whenFalse, COND, true)}`;
    case "call":
      return `${e.callee}(${e.args.map(printExpr).join(", ")})`;
    case "field":
      return `${wrap(e.object, 1, true)}.${e.field}`;
  }
}

/** Parenthesises `e` when it binds more loosely than its slot allows. */
function wrap(e: NwExpr, slot: number, leftOrSame: boolean): string {
  const p = precedenceOf(e);
  const needs = leftOrSame ? p > slot : p >= slot;
  const text = printExpr(e);
  return needs ? `(${text})` : text;
}

export function quote(s: string): string {
  return `"${s.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n")}"`;
}
