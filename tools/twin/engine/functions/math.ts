// Numbers: conversions, maths (float32 results; angles in degrees, as the game's trigonometry),
// vectors, and the seeded dice.
import { float32, int32 } from "../numbers.js";
import type { World } from "../world.js";
import { float, int, vec, type FunctionGroup, type Impl } from "./types.js";

const DEG = Math.PI / 180;

/** C's (int) cast of a float on x86: truncation; NaN and out-of-range give INT_MIN. */
export function floatToInt(f: number): number {
  const t = Math.trunc(f);
  // `| 0` also turns -0 (FloatToInt(-0.5)) into the int 0.
  return Number.isNaN(t) || t >= 2147483648 || t < -2147483648 ? -2147483648 : t | 0;
}

/** |v| computed in float32 steps, like the engine's vector code. */
export function magnitude(v: { x: number; y: number; z: number }): number {
  const sum = float32(float32(float32(v.x * v.x) + float32(v.y * v.y)) + float32(v.z * v.z));
  return float32(Math.sqrt(sum));
}

function dice(sides: number): Impl {
  return (w: World, [n]) => {
    const count = Math.max(1, int(n));
    let total = 0;
    for (let i = 0; i < count; i++) total += w.random.below(sides) + 1;
    return int32(total);
  };
}

export const mathFunctions: FunctionGroup = {
  IntToFloat: (_w, [n]) => float32(int(n)),
  FloatToInt: (_w, [f]) => floatToInt(float(f)),
  abs: (_w, [n]) => int32(Math.abs(int(n))),
  fabs: (_w, [f]) => float32(Math.abs(float(f))),
  sqrt: (_w, [f]) => (float(f) < 0 ? 0 : float32(Math.sqrt(float(f)))),
  pow: (_w, [f, e]) => (float(f) === 0 && float(e) < 0 ? 0 : float32(Math.pow(float(f), float(e)))),
  log: (_w, [f]) => (float(f) <= 0 ? 0 : float32(Math.log(float(f)))),
  cos: (_w, [f]) => float32(Math.cos(float(f) * DEG)),
  sin: (_w, [f]) => float32(Math.sin(float(f) * DEG)),
  tan: (_w, [f]) => float32(Math.tan(float(f) * DEG)),
  acos: (_w, [f]) => (Math.abs(float(f)) > 1 ? 0 : float32(Math.acos(float(f)) / DEG)),
  asin: (_w, [f]) => (Math.abs(float(f)) > 1 ? 0 : float32(Math.asin(float(f)) / DEG)),
  atan: (_w, [f]) => float32(Math.atan(float(f)) / DEG),
  Vector: (_w, [x, y, z]) => ({ x: float32(float(x)), y: float32(float(y)), z: float32(float(z)) }),
  VectorMagnitude: (_w, [v]) => magnitude(vec(v)),
  VectorNormalize: (_w, [v]) => {
    const a = vec(v);
    const m = magnitude(a);
    if (m === 0) return { x: 0, y: 0, z: 0 };
    return { x: float32(a.x / m), y: float32(a.y / m), z: float32(a.z / m) };
  },
  Random: (w, [n]) => (int(n) <= 0 ? 0 : w.random.below(int(n))),
  d2: dice(2),
  d3: dice(3),
  d4: dice(4),
  d6: dice(6),
  d8: dice(8),
  d10: dice(10),
  d12: dice(12),
  d20: dice(20),
  d100: dice(100),
};
