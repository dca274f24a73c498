// Reads nwn_script_comp's log output.
//
// What the official tool prints (neverwinter.nim, nwn_script_comp.nim and shared.nim, checked
// against its source): every log line goes to stderr as `<level letter> [<date>T<time>] <text>`.
// A failed file logs `[<n>/<total>] <path given>: <captured error>` at level E (with -y) or F
// (without -y, which also stops at the first failing file); the captured error comes from the
// compiler core's OutputError as `<resref>.nss(<line>): ERROR: <MESSAGE>`, or
// `<resref>.nss: ERROR: <MESSAGE>` when the error has no line. The resref is the file the error is
// in, which may be an include. The run ends with `<n> successful, <n> skipped, <n> errored` at
// level I and exit status 1 when any file errored.

export interface OfficialError {
  /** Resource name of the file the compiler names, without `.nss`. */
  resref: string;
  /** 1-based line, or undefined when the compiler gives none. */
  line?: number;
  /** The compiler's text after `ERROR: `. */
  message: string;
}

const ERROR_LINE = /([A-Za-z0-9_]+)\.nss(?:\((\d+)\))?: ERROR: (.*)$/;

export function parseCompilerOutput(output: string): OfficialError[] {
  const errors: OfficialError[] = [];
  for (const raw of output.split(/\r?\n/)) {
    const match = ERROR_LINE.exec(raw.trimEnd());
    if (!match) continue;
    const [, resref, line, message] = match;
    errors.push(line === undefined ? { resref: resref!, message: message! } : { resref: resref!, line: Number(line), message: message! });
  }
  return errors;
}
