// The reference NWScript interpreter: runs checked programs (tools/nwscript) against an engine
// host with the NCS virtual machine's semantics and an estimate of its instruction count.
export { interpret, imageOf, DEFAULT_MAX_CALL_DEPTH, type InterpretOptions, type InterpretResult, newRunStats, type RunReport, type RunStats } from "./interpret.js";
export { runNss, NssCheckError, type RunNssOptions, type RunNssResult } from "./run-nss.js";
export type { EngineValues } from "./engine-values.js";
export { DEFAULT_ENGINE_VALUES } from "./default-engine-values.js";
export { InternalCompileError } from "./codegen-expr.js";
export { DEFAULT_INSTRUCTION_LIMIT, ScriptError, TooManyInstructions } from "../../twin/values.js";
