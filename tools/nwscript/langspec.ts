// The language specification: engine types, engine functions (numbered in file order) and engine
// constants, read from nwscript.nss with the script lexer. Each file is read once per process.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { EngineFunction, EngineParam, FoldedValue, LiteralExpr, Pos } from "./ast.js";
import { E, NssError } from "./errors.js";
import { Lexer, type Token } from "./lexer.js";
import {
  engineType,
  type NssType,
  T_ACTION,
  T_FLOAT,
  T_INT,
  T_OBJECT,
  T_STRING,
  T_VECTOR,
  T_VOID,
} from "./types.js";

export type ConstValue = FoldedValue;

export interface Langspec {
  readonly path: string;
  /** Engine structure types by number (ENGINE_STRUCTURE_N). */
  readonly engineTypes: readonly NssType[];
  readonly engineTypeByName: ReadonlyMap<string, NssType>;
  readonly functions: readonly EngineFunction[];
  readonly functionByName: ReadonlyMap<string, EngineFunction>;
  readonly constants: ReadonlyMap<string, ConstValue>;
}

const cache = new Map<string, Langspec>();

/** nwscript.nss next to the repository: `<repo root>/../shared/nwscript/nwscript.nss`. */
export function defaultLangspecPath(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (fs.existsSync(path.join(dir, "package.json"))) break;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error("nwscript: cannot find the repository root to locate nwscript.nss");
    dir = parent;
  }
  return path.resolve(dir, "..", "shared", "nwscript", "nwscript.nss");
}

/** The language specification at `file` (default: the shared nwscript.nss), parsed once. */
export function loadLangspec(file?: string): Langspec {
  const resolved = path.resolve(file ?? defaultLangspecPath());
  let spec = cache.get(resolved);
  if (!spec) {
    if (!fs.existsSync(resolved)) throw new Error(`nwscript: language specification not found: ${resolved}`);
    spec = parseLangspec(fs.readFileSync(resolved, "latin1"), resolved);
    cache.set(resolved, spec);
  }
  return spec;
}

const BASE_TYPES: ReadonlyMap<string, NssType> = new Map([
  ["int", T_INT],
  ["float", T_FLOAT],
  ["string", T_STRING],
  ["object", T_OBJECT],
  ["void", T_VOID],
  ["vector", T_VECTOR],
  ["action", T_ACTION],
]);

const JSON_TEXT: ReadonlyMap<string, string> = new Map([
  ["JSON_NULL", "null"],
  ["JSON_FALSE", "false"],
  ["JSON_TRUE", "true"],
  ["JSON_OBJECT", "{}"],
  ["JSON_ARRAY", "[]"],
  ["JSON_STRING", '""'],
]);

/** Parses the text of a language specification file. */
export function parseLangspec(text: string, file: string): Langspec {
  return new SpecReader(text, file).read();
}

class SpecReader {
  private readonly lexer: Lexer;
  private tok: Token;
  private readonly engineTypes: NssType[] = [];
  private readonly engineTypeByName = new Map<string, NssType>();
  private readonly functions: EngineFunction[] = [];
  private readonly functionByName = new Map<string, EngineFunction>();
  private readonly constants = new Map<string, ConstValue>();

  constructor(
    text: string,
    private readonly file: string,
  ) {
    this.lexer = new Lexer(text, file);
    this.tok = this.lexer.next();
  }

  private fail(message: string): never {
    throw new NssError(message, this.file, this.tok.line);
  }

  private advance(): Token {
    const t = this.tok;
    this.tok = this.lexer.next();
    return t;
  }

  private expectPunct(p: string): void {
    if (this.tok.kind !== "punct" || this.tok.text !== p) this.fail(E.UNKNOWN_STATE);
    this.advance();
  }

  private expectIdent(): string {
    if (this.tok.kind !== "ident") this.fail(E.UNKNOWN_STATE);
    return this.advance().text;
  }

  read(): Langspec {
    while (this.tok.kind !== "eof") {
      if (this.tok.kind === "ident" && this.tok.text === "#define") this.define();
      else this.declaration();
    }
    return {
      path: this.file,
      engineTypes: this.engineTypes,
      engineTypeByName: this.engineTypeByName,
      functions: this.functions,
      functionByName: this.functionByName,
      constants: this.constants,
    };
  }

  private define(): void {
    this.advance();
    const name = this.expectIdent();
    const value = this.advance();
    const m = /^ENGINE_STRUCTURE_(\d)$/.exec(name);
    if (m && value.kind === "ident") {
      const t = engineType(value.text, Number(m[1]));
      this.engineTypes[Number(m[1])] = t;
      this.engineTypeByName.set(value.text, t);
    }
  }

  private type(): NssType {
    if (this.tok.kind !== "ident") this.fail(E.INVALID_DECLARATION_TYPE);
    const t = BASE_TYPES.get(this.tok.text) ?? this.engineTypeByName.get(this.tok.text);
    if (!t) this.fail(E.INVALID_DECLARATION_TYPE);
    this.advance();
    return t;
  }

  private declaration(): void {
    const type = this.type();
    const name = this.expectIdent();
    if (this.tok.kind === "punct" && this.tok.text === "=") {
      this.advance();
      this.constants.set(name, this.constValue(type));
      this.expectPunct(";");
      return;
    }
    this.expectPunct("(");
    const params: EngineParam[] = [];
    while (!(this.tok.kind === "punct" && this.tok.text === ")")) {
      if (params.length > 0) this.expectPunct(",");
      const ptype = this.type();
      const pname = this.expectIdent();
      let def: LiteralExpr | undefined;
      if (this.tok.kind === "punct" && this.tok.text === "=") {
        this.advance();
        def = this.defaultValue(ptype);
      }
      params.push(def ? { name: pname, type: ptype, default: def } : { name: pname, type: ptype });
    }
    this.advance();
    this.expectPunct(";");
    const fn: EngineFunction = { name, index: this.functions.length, returnType: type, params };
    this.functions.push(fn);
    if (!this.functionByName.has(name)) this.functionByName.set(name, fn);
  }

  /** A literal, a negated number, or a reference to an earlier constant. */
  private constValue(type: NssType | undefined): ConstValue {
    let negate = false;
    if (this.tok.kind === "punct" && this.tok.text === "-") {
      negate = true;
      this.advance();
    }
    const t = this.advance();
    let value: ConstValue;
    if (t.kind === "int") value = { type: "int", value: t.value };
    else if (t.kind === "float") value = { type: "float", value: t.value };
    else if (t.kind === "string") value = { type: "string", value: t.value };
    else if (t.kind === "ident" && this.constants.has(t.text)) value = this.constants.get(t.text)!;
    else throw new NssError(E.UNKNOWN_STATE, this.file, t.line);
    if (negate) {
      if (value.type === "int") value = { type: "int", value: -value.value | 0 };
      else if (value.type === "float") value = { type: "float", value: Math.fround(-value.value) };
    }
    if (type && value.type !== type.kind) throw new NssError(E.MISMATCHED_TYPES, this.file, t.line);
    return value;
  }

  private defaultValue(type: NssType): LiteralExpr {
    const pos: Pos = { file: this.file, line: this.tok.line };
    const t = this.tok;
    if (t.kind === "punct" && t.text === "[") return this.vector(pos);
    if (t.kind === "ident") {
      const json = JSON_TEXT.get(t.text);
      if (t.text === "OBJECT_SELF" || t.text === "OBJECT_INVALID") {
        this.advance();
        return { kind: "object", which: t.text === "OBJECT_SELF" ? "self" : "invalid", pos, type: T_OBJECT };
      }
      if (t.text === "LOCATION_INVALID") {
        this.advance();
        return { kind: "locationInvalid", pos, type };
      }
      if (json !== undefined) {
        this.advance();
        return { kind: "json", text: json, pos, type };
      }
    }
    const v = this.constValue(undefined);
    if (type.kind === "object" && v.type === "int") return { kind: "object", which: "id", id: v.value, pos, type };
    if (v.type === "int") return { kind: "int", value: v.value, pos, type: T_INT };
    if (v.type === "float") return { kind: "float", value: v.value, pos, type: T_FLOAT };
    return { kind: "string", value: v.value, pos, type: T_STRING };
  }

  private vector(pos: Pos): LiteralExpr {
    this.advance();
    const parts: number[] = [];
    while (!(this.tok.kind === "punct" && this.tok.text === "]")) {
      if (parts.length > 0) this.expectPunct(",");
      const t = this.advance();
      if (t.kind !== "float") throw new NssError(E.PARSING_CONSTANT_VECTOR, this.file, t.line);
      parts.push(t.value);
    }
    this.advance();
    return { kind: "vector", x: parts[0] ?? 0, y: parts[1] ?? 0, z: parts[2] ?? 0, pos, type: T_VECTOR };
  }
}
