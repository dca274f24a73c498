// Reads nwscript.nss into the plain data model: engine structure #defines, constants and
// function prototypes, in file order.
import { NssDeclarationError } from "./error.js";
import { tokenize, type Token } from "./lexer.js";
import type { NssConstant, NssEngineStructure, NssFile, NssFunction, NssParam } from "./model.js";
import { LANGUAGE_TYPES } from "./nwscript-types.js";

export function parseNwscriptNss(text: string): NssFile {
  return new NssParser(tokenize(text)).parseFile();
}

const CONSTANT_TYPES = ["int", "float", "string"] as const;
type ConstantType = (typeof CONSTANT_TYPES)[number];

function describe(token: Token): string {
  if (token.kind === "eof") return "end of file";
  if (token.kind === "directive") return `'#${token.text}'`;
  return `'${token.text}'`;
}

class NssParser {
  private pos = 0;
  private readonly file: NssFile = { engineStructures: [], constants: [], functions: [] };
  private readonly types = new Set(LANGUAGE_TYPES);
  /** Line of each declared name, to report duplicates. */
  private readonly declared = new Map<string, number>();
  private structureCount?: { value: number; line: number };

  constructor(private readonly tokens: Token[]) {}

  parseFile(): NssFile {
    while (this.peek().kind !== "eof") {
      if (this.peek().kind === "directive") this.parseDirective(this.next());
      else this.parseDeclaration();
    }
    const count = this.structureCount;
    if (count && count.value !== this.file.engineStructures.length) {
      throw new NssDeclarationError(
        count.line,
        `ENGINE_NUM_STRUCTURES is ${count.value} but ${this.file.engineStructures.length} ENGINE_STRUCTURE_N lines follow`,
      );
    }
    return this.file;
  }

  // ---- tokens ----

  private peek(): Token {
    return this.tokens[this.pos];
  }

  private next(): Token {
    const token = this.tokens[this.pos];
    if (token.kind !== "eof") this.pos++;
    return token;
  }

  private fail(token: Token, expected: string): never {
    throw new NssDeclarationError(token.line, `expected ${expected}, found ${describe(token)}`);
  }

  private isPunct(text: string): boolean {
    const token = this.peek();
    return token.kind === "punct" && token.text === text;
  }

  private expectPunct(text: string, expected: string): Token {
    if (!this.isPunct(text)) this.fail(this.peek(), expected);
    return this.next();
  }

  private expectIdent(expected: string): Token {
    if (this.peek().kind !== "ident") this.fail(this.peek(), expected);
    return this.next();
  }

  // ---- #define ----

  private parseDirective(token: Token): void {
    const parts = token.text.split(/\s+/);
    const [keyword, name, value] = parts;
    if (keyword !== "define" || parts.length !== 3) {
      this.fail(token, "'#define ENGINE_NUM_STRUCTURES <count>' or '#define ENGINE_STRUCTURE_<n> <type>'");
    }
    if (name === "ENGINE_NUM_STRUCTURES") {
      if (!/^\d+$/.test(value)) this.fail(token, "a count after ENGINE_NUM_STRUCTURES");
      this.structureCount = { value: Number(value), line: token.line };
      return;
    }
    const index = /^ENGINE_STRUCTURE_(\d+)$/.exec(name);
    if (!index) this.fail(token, "ENGINE_NUM_STRUCTURES or ENGINE_STRUCTURE_<n> after #define");
    const expectedIndex = this.file.engineStructures.length;
    if (Number(index[1]) !== expectedIndex) this.fail(token, `ENGINE_STRUCTURE_${expectedIndex}`);
    if (!/^[A-Za-z_]\w*$/.test(value) || this.types.has(value)) {
      this.fail(token, `a new type name for ENGINE_STRUCTURE_${expectedIndex}`);
    }
    const structure: NssEngineStructure = { index: expectedIndex, name: value, line: token.line };
    this.file.engineStructures.push(structure);
    this.types.add(value);
  }

  // ---- constants and functions ----

  private parseDeclaration(): void {
    const typeToken = this.expectIdent("a constant, a function prototype or #define");
    if (!this.types.has(typeToken.text)) this.fail(typeToken, "a type name");
    const nameToken = this.expectIdent(`a name after '${typeToken.text}'`);
    this.declare(nameToken);
    if (this.isPunct("=")) {
      this.next();
      this.parseConstant(typeToken, nameToken);
    } else if (this.isPunct("(")) {
      this.next();
      this.parseFunction(typeToken, nameToken);
    } else {
      this.fail(this.peek(), `'=' or '(' after '${nameToken.text}'`);
    }
  }

  private declare(nameToken: Token): void {
    const first = this.declared.get(nameToken.text);
    if (first !== undefined) {
      throw new NssDeclarationError(nameToken.line, `'${nameToken.text}' is already declared on line ${first}`);
    }
    this.declared.set(nameToken.text, nameToken.line);
  }

  private parseConstant(typeToken: Token, nameToken: Token): void {
    const type = typeToken.text as ConstantType;
    if (!CONSTANT_TYPES.includes(type)) this.fail(typeToken, "a constant of type int, float or string");
    const valueText = this.parseConstantValue(type);
    this.expectPunct(";", `';' after the value of '${nameToken.text}'`);
    const constant: NssConstant = { type, name: nameToken.text, valueText, line: nameToken.line };
    this.file.constants.push(constant);
  }

  /** An int is a whole number or a named constant; a float loses its `f`; a string keeps its quotes. */
  private parseConstantValue(type: ConstantType): string {
    const token = this.peek();
    if (type === "string") {
      if (token.kind !== "string") this.fail(token, "a string value");
      return this.next().text;
    }
    if (type === "int" && token.kind === "ident") return this.next().text;
    const text = this.parseNumber(`${type === "int" ? "an int" : "a float"} value`);
    if (type === "int" && !/^-?(\d+|0[xX][0-9a-fA-F]+)$/.test(text)) this.fail(token, "a whole number");
    return type === "float" ? text.replace(/f$/, "") : text;
  }

  /** A number literal, possibly negative, as written (`-1`, `0.0f`). */
  private parseNumber(expected: string): string {
    let sign = "";
    if (this.isPunct("-")) {
      this.next();
      sign = "-";
    }
    if (this.peek().kind !== "number") this.fail(this.peek(), sign ? "a number after '-'" : expected);
    return sign + this.next().text;
  }

  private parseFunction(typeToken: Token, nameToken: Token): void {
    const params: NssParam[] = [];
    if (!this.isPunct(")")) {
      params.push(this.parseParam(params));
      while (this.isPunct(",")) {
        this.next();
        params.push(this.parseParam(params));
      }
    }
    this.expectPunct(")", params.length ? `',' or ')' after parameter '${params[params.length - 1].name}'` : "a parameter or ')'");
    this.expectPunct(";", `';' after the prototype of '${nameToken.text}'`);
    const fn: NssFunction = { returnType: typeToken.text, name: nameToken.text, params, line: nameToken.line };
    this.file.functions.push(fn);
  }

  private parseParam(previous: NssParam[]): NssParam {
    const typeToken = this.expectIdent("a parameter type");
    if (!this.types.has(typeToken.text) || typeToken.text === "void") this.fail(typeToken, "a parameter type");
    const nameToken = this.expectIdent(`a parameter name after '${typeToken.text}'`);
    if (previous.some((p) => p.name === nameToken.text)) this.fail(nameToken, "a parameter name not used before");
    const param: NssParam = { type: typeToken.text, name: nameToken.text };
    if (this.isPunct("=")) {
      this.next();
      param.defaultText = this.parseDefault();
    } else if (previous.some((p) => p.defaultText !== undefined)) {
      this.fail(this.peek(), `a default value for '${nameToken.text}' (it follows a parameter that has one)`);
    }
    return param;
  }

  /** A default: a number, a string, a named constant or a vector literal `[x,y,z]`. */
  private parseDefault(): string {
    const token = this.peek();
    if (token.kind === "string" || token.kind === "ident") return this.next().text;
    if (this.isPunct("[")) {
      this.next();
      const parts = [this.parseNumber("a number in the vector literal")];
      while (this.isPunct(",")) {
        this.next();
        parts.push(this.parseNumber("a number in the vector literal"));
      }
      if (parts.length !== 3) this.fail(this.peek(), "three numbers in the vector literal");
      this.expectPunct("]", "']' after the vector literal");
      return `[${parts.join(",")}]`;
    }
    return this.parseNumber("a default value (number, string, constant or [x,y,z])");
  }
}
