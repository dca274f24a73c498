// The parser's view of the token stream: one token of lookahead, read only when the parser asks
// for it (so an error is reported at the same token the official compiler stops on), a stack of
// lexers for #include, and identifier classification against the current symbol table.
import type { Pos } from "./ast.js";
import { NssError } from "./errors.js";
import type { Lexer, Punct, Token } from "./lexer.js";
import type { IdentClass, SymbolTable } from "./symbols.js";

export interface SourceFile {
  /** Path used in positions and diagnostics. */
  readonly path: string;
  /** The name the compiler knows the file by: the include name, or the main file's base name. */
  readonly scriptName: string;
}

interface Frame {
  readonly lexer: Lexer;
  readonly source: SourceFile;
  current: Token | undefined;
}

export class TokenStream {
  private frames: Frame[] = [];

  constructor(protected readonly symbols: SymbolTable) {}

  protected pushSource(lexer: Lexer, source: SourceFile): void {
    this.frames.push({ lexer, source, current: undefined });
  }

  protected popSource(): void {
    this.frames.pop();
  }

  private get frame(): Frame {
    return this.frames[this.frames.length - 1];
  }

  protected get source(): SourceFile {
    return this.frame.source;
  }

  /** Number of files being read (the main file counts). */
  protected get depth(): number {
    return this.frames.length;
  }

  protected get openFiles(): readonly SourceFile[] {
    return this.frames.map((f) => f.source);
  }

  protected peek(): Token {
    const f = this.frame;
    if (!f.current) f.current = f.lexer.next();
    return f.current;
  }

  protected advance(): Token {
    const t = this.peek();
    this.frame.current = undefined;
    return t;
  }

  protected pos(tok: Token): Pos {
    return { file: this.source.path, line: tok.line };
  }

  protected fail(message: string, tok: Token = this.peek()): never {
    throw new NssError(message, this.source.path, tok.line);
  }

  protected isPunct(tok: Token, p: Punct): boolean {
    return tok.kind === "punct" && tok.text === p;
  }

  /** Whether the lookahead is punctuation `p`. */
  protected at(p: Punct): boolean {
    return this.isPunct(this.peek(), p);
  }

  private lastClassified: { tok: Token; version: number; cls: IdentClass } | undefined;

  /** The identifier's meaning now (cached per token until a declaration changes the table). */
  protected classify(tok: Token): IdentClass | undefined {
    if (tok.kind !== "ident") return undefined;
    const last = this.lastClassified;
    if (last && last.tok === tok && last.version === this.symbols.version) return last.cls;
    const cls = this.symbols.classify(tok.text);
    this.lastClassified = { tok, version: this.symbols.version, cls };
    return cls;
  }

  protected isKeyword(tok: Token, word: string): boolean {
    return tok.kind === "ident" && tok.text === word;
  }
}
