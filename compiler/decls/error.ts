// The one error the declarations generator throws for input it cannot read.

export class NssDeclarationError extends Error {
  /** 1-based line in the nwscript.nss text. */
  line: number;

  constructor(line: number, message: string) {
    super(message);
    this.name = "NssDeclarationError";
    this.line = line;
  }
}
