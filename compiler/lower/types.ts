// NWScript typing of the subset: TypeScript type annotations → NWScript types, and the coercions
// NWScript allows (none implicit, except an int literal written where a float is wanted).
import { ts } from "#ts-morph";
import type { NwType } from "../nwscript/ast.js";
import type { ProgramContext } from "./context.js";

export const ENGINE_STRUCTS = ["effect", "event", "location", "talent", "itemproperty", "sqlquery", "cassowary", "json"];
const NAMED = new Set(["int", "float", "vector", "action", ...ENGINE_STRUCTS]);

export function isStruct(t: NwType): boolean {
  return t.startsWith("struct ");
}

/** Maps a type annotation to NWScript; reports and returns undefined when it has no equivalent. */
export function nwTypeOfNode(ctx: ProgramContext, node: ts.TypeNode): NwType | undefined {
  switch (node.kind) {
    case ts.SyntaxKind.StringKeyword:
      return "string";
    case ts.SyntaxKind.ObjectKeyword:
      return "object";
    case ts.SyntaxKind.VoidKeyword:
      return "void";
    case ts.SyntaxKind.BooleanKeyword:
      return "int";
    case ts.SyntaxKind.NumberKeyword:
      ctx.diagnostics.report(node, "NumberTypeAmbiguous");
      return undefined;
    case ts.SyntaxKind.ParenthesizedType:
      return nwTypeOfNode(ctx, (node as ts.ParenthesizedTypeNode).type);
    case ts.SyntaxKind.TypeReference: {
      const ref = node as ts.TypeReferenceNode;
      if (!ref.typeArguments && ts.isIdentifier(ref.typeName)) {
        const sym = ctx.symbolOf(ref.typeName);
        const decl = sym?.declarations?.[0];
        if (decl && ctx.isEngineDeclaration(decl) && NAMED.has(ref.typeName.text)) return ref.typeName.text;
        if (sym && ctx.structs.has(sym)) return `struct ${ctx.structs.get(sym)!.nwName}`;
        if (decl && ts.isTypeAliasDeclaration(decl) && !ctx.isEngineDeclaration(decl)) return nwTypeOfNode(ctx, decl.type);
      }
      break;
    }
  }
  ctx.diagnostics.report(node, "UnsupportedType", node.getText());
  return undefined;
}

/** The NWScript type TypeScript infers for a declaration, where it is unambiguous. */
export function nwTypeOfInferred(ctx: ProgramContext, node: ts.Node): NwType | undefined {
  const type = ctx.checker.getTypeAtLocation(node);
  const alias = type.aliasSymbol?.name;
  if (alias === "int" || alias === "float") return alias;
  if (type.flags & ts.TypeFlags.StringLike) return "string";
  if (type.flags & ts.TypeFlags.BooleanLike) return "int";
  const sym = type.getSymbol();
  if (sym && ctx.structs.has(sym)) return `struct ${ctx.structs.get(sym)!.nwName}`;
  if (sym && NAMED.has(sym.name) && sym.declarations?.some((d) => ctx.isEngineDeclaration(d))) return sym.name;
  if (type.flags & ts.TypeFlags.NonPrimitive) return "object";
  return undefined;
}

/** Shortest decimal text that reads back as the same 32-bit float, never in exponent form. */
export function floatText(value: number): string {
  const f = Math.fround(value);
  let text = String(f);
  for (let p = 1; p <= 9; p++) {
    const candidate = Number(f.toPrecision(p));
    if (Math.fround(candidate) === f) {
      text = String(candidate);
      break;
    }
  }
  if (/e/i.test(text)) text = expandExponent(Number(text));
  if (!text.includes(".")) text += ".0";
  return text;
}

function expandExponent(n: number): string {
  if (Math.abs(n) >= 1) return BigInt(Math.round(n)).toString();
  // Small magnitudes: enough fixed digits to keep 9 significant ones.
  const digits = Math.min(100, Math.ceil(-Math.log10(Math.abs(n))) + 9);
  return n.toFixed(digits).replace(/0+$/, "");
}

export const FLOAT_MAX = 3.4028234663852886e38;
