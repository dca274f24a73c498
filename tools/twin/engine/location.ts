// The engine's location structure: an area, a position and a facing (degrees).
import { OBJECT_INVALID, type NwObject, type NwVector } from "../values.js";

export class NwLocation {
  constructor(
    readonly area: NwObject,
    readonly position: NwVector,
    readonly facing: number,
  ) {}

  static readonly INVALID = new NwLocation(OBJECT_INVALID, { x: 0, y: 0, z: 0 }, 0);
}
