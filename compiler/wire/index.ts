// Setting the NPC behaviour module's hook scripts on a builder's GFF-as-JSON module sources.
export { AREA, CREATURE, MODULE, SOURCE_KINDS, kindOf, type HookField, type SourceKind } from "./hooks.js";
export { findSources, type SourceFile } from "./find-sources.js";
export { GffShapeError, planWiring, type FieldOutcome, type FieldStatus, type FilePlan } from "./plan.js";
export { JsonSyntaxError, lineColumn, parseJson } from "./json-tree.js";
export { unifiedDiff } from "./diff.js";
export { unwiredPlacedCreatures } from "./placed-creatures.js";
export { writeAllAtomically, type PendingWrite } from "./write-atomic.js";
