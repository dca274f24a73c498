// Parse-time identifier classes. Like the official compiler, the meaning of an identifier is
// decided when the parser reaches it: keywords, engine types, functions declared so far and
// constants (engine constants and const globals, which read as literals) are known names;
// anything else is a variable name.
import type { CallTarget, ConstDecl, FunctionSymbol } from "./ast.js";
import type { ConstValue, Langspec } from "./langspec.js";
import type { NssType } from "./types.js";

export const KEYWORDS: ReadonlySet<string> = new Set([
  "if", "do", "else", "int", "float", "string", "object", "return", "while", "for", "void", "case",
  "break", "struct", "action", "switch", "default", "#include", "continue", "vector", "const",
  "#define", "OBJECT_SELF", "OBJECT_INVALID", "ENGINE_NUM_STRUCTURES",
  "ENGINE_STRUCTURE_0", "ENGINE_STRUCTURE_1", "ENGINE_STRUCTURE_2", "ENGINE_STRUCTURE_3",
  "ENGINE_STRUCTURE_4", "ENGINE_STRUCTURE_5", "ENGINE_STRUCTURE_6", "ENGINE_STRUCTURE_7",
  "ENGINE_STRUCTURE_8", "ENGINE_STRUCTURE_9", "JSON_NULL", "JSON_FALSE", "JSON_TRUE", "JSON_OBJECT",
  "JSON_ARRAY", "JSON_STRING", "LOCATION_INVALID", "__FUNCTION__", "__FILE__", "__LINE__",
  "__DATE__", "__TIME__",
]);

export type IdentClass =
  | { readonly k: "keyword"; readonly word: string }
  | { readonly k: "type"; readonly type: NssType }
  | { readonly k: "func"; readonly returnType: NssType; readonly target: CallTarget }
  | { readonly k: "const"; readonly name: string; readonly value: ConstValue }
  | { readonly k: "var" };

const VAR: IdentClass = { k: "var" };

export class SymbolTable {
  private readonly userFunctions = new Map<string, FunctionSymbol>();
  /** User functions declared so far. */
  readonly functions: ReadonlyMap<string, FunctionSymbol> = this.userFunctions;
  readonly consts = new Map<string, ConstDecl>();
  private readonly constValues = new Map<string, ConstValue>();
  /** Bumped whenever a name gets a new meaning. */
  version = 0;

  constructor(readonly spec: Langspec) {}

  classify(name: string): IdentClass {
    if (KEYWORDS.has(name)) return { k: "keyword", word: name };
    const engineType = this.spec.engineTypeByName.get(name);
    if (engineType) return { k: "type", type: engineType };
    const engineFn = this.spec.functionByName.get(name);
    if (engineFn) return { k: "func", returnType: engineFn.returnType, target: { kind: "engine", fn: engineFn } };
    const engineConst = this.spec.constants.get(name);
    if (engineConst) return { k: "const", name, value: engineConst };
    const userFn = this.functions.get(name);
    if (userFn) return { k: "func", returnType: userFn.returnType, target: { kind: "user", fn: userFn } };
    const userConst = this.constValues.get(name);
    if (userConst) return { k: "const", name, value: userConst };
    return VAR;
  }

  addFunction(symbol: FunctionSymbol): void {
    this.userFunctions.set(symbol.name, symbol);
    this.version++;
  }

  addConst(decl: ConstDecl, value: ConstValue): void {
    this.version++;
    this.consts.set(decl.name, decl);
    this.constValues.set(decl.name, value);
  }
}
