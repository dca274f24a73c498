// How engine functions are written: each domain file exports a group of implementations that
// receive the world and the complete argument list (see engine-contract.ts).
import type { NwAction, NwObject, NwValue, NwVector } from "../../values.js";
import type { World } from "../world.js";

export type Impl = (world: World, args: NwValue[]) => NwValue | undefined;
export type FunctionGroup = Readonly<Record<string, Impl>>;

// Argument readers: the caller guarantees the types (the script was type-checked), these only
// narrow the TypeScript type.
export const int = (v: NwValue | undefined): number => v as number;
export const float = (v: NwValue | undefined): number => v as number;
export const str = (v: NwValue | undefined): string => v as string;
export const obj = (v: NwValue | undefined): NwObject => v as NwObject;
export const vec = (v: NwValue | undefined): NwVector => v as NwVector;
export const action = (v: NwValue | undefined): NwAction => v as NwAction;
