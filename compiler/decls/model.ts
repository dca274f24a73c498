// The plain data model of an nwscript.nss file: what the parser produces and the emitter reads.
// Other tools (the transpiler, the simulated engine) may reuse it. Lines are 1-based.

/** `#define ENGINE_STRUCTURE_<index> <name>`: an opaque engine type such as `effect`. */
export interface NssEngineStructure {
  index: number;
  name: string;
  line: number;
}

/** `int NAME = 18;` — valueText is normalised: ints as written, floats without a trailing `f`, strings with quotes. */
export interface NssConstant {
  type: "int" | "float" | "string";
  name: string;
  valueText: string;
  line: number;
}

/** One parameter; defaultText is the NWScript default as written (e.g. `0.0f`, `-1`, `""`, `[0.0,0.0,0.0]`). */
export interface NssParam {
  type: string;
  name: string;
  defaultText?: string;
}

export interface NssFunction {
  returnType: string;
  name: string;
  params: NssParam[];
  line: number;
}

export interface NssFile {
  engineStructures: NssEngineStructure[];
  constants: NssConstant[];
  functions: NssFunction[];
}
