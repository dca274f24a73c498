// The NWScript syntax tree the lowering produces and the printer prints.
// It holds only what the emitted code needs: no positions, no types beyond declarations.

/** An NWScript type as written in source: "int", "float", ..., or "struct Name". */
export type NwType = string;

export type NwExpr =
  | { kind: "int"; value: number; text?: string } // text keeps the author's radix (0x1F)
  | { kind: "float"; text: string }
  | { kind: "string"; value: string }
  | { kind: "name"; name: string }
  | { kind: "unary"; op: "-" | "!" | "~" | "++" | "--"; operand: NwExpr }
  | { kind: "postfix"; op: "++" | "--"; operand: NwExpr }
  | { kind: "binary"; op: NwBinaryOp; left: NwExpr; right: NwExpr }
  | { kind: "assign"; op: NwAssignOp; target: NwExpr; value: NwExpr }
  | { kind: "cond"; cond: NwExpr; whenTrue: NwExpr; whenFalse: NwExpr }
  | { kind: "call"; callee: string; args: NwExpr[] }
  | { kind: "field"; object: NwExpr; field: string }
  | { kind: "vector"; x: string; y: string; z: string }; // literal [x, y, z] of float texts

export type NwBinaryOp =
  | "*" | "/" | "%" | "+" | "-" | "<<" | ">>"
  | "<" | "<=" | ">" | ">=" | "==" | "!="
  | "&" | "^" | "|" | "&&" | "||";

export type NwAssignOp = "=" | "+=" | "-=" | "*=" | "/=" | "%=" | "<<=" | ">>=" | "&=" | "|=" | "^=";

export interface NwDeclarator {
  name: string;
  init?: NwExpr;
}

export type NwStmt =
  | { kind: "block"; body: NwStmt[] }
  | { kind: "decl"; type: NwType; declarators: NwDeclarator[] }
  | { kind: "expr"; expr: NwExpr }
  | { kind: "if"; cond: NwExpr; then: NwStmt; else?: NwStmt }
  | { kind: "while"; cond: NwExpr; body: NwStmt }
  | { kind: "do"; body: NwStmt; cond: NwExpr }
  | { kind: "for"; init?: NwExpr; cond?: NwExpr; update?: NwExpr; body: NwStmt }
  | { kind: "switch"; expr: NwExpr; clauses: NwCaseClause[] }
  | { kind: "break" }
  | { kind: "continue" }
  | { kind: "return"; value?: NwExpr };

export interface NwCaseClause {
  /** Case label values; "default" for the default label. */
  labels: (NwExpr | "default")[];
  body: NwStmt[];
}

export interface NwParam {
  type: NwType;
  name: string;
  default?: NwExpr;
}

export type NwTopLevel =
  | { kind: "include"; name: string }
  | { kind: "const"; type: NwType; name: string; value: NwExpr }
  | { kind: "global"; type: NwType; name: string; init?: NwExpr }
  | { kind: "struct"; name: string; fields: { type: NwType; name: string }[] }
  | { kind: "prototype"; returnType: NwType; name: string; params: NwParam[] }
  | { kind: "function"; returnType: NwType; name: string; params: NwParam[]; body: NwStmt[] };

export interface NwFile {
  /** Comment lines printed first (without the leading slashes). */
  header: string[];
  items: NwTopLevel[];
}
