// Vectors: an object literal of constant, non-negative numbers is a vector constant; any other is
// built with Vector(); components are read and written as floats.
function Length(v: vector): float {
  return VectorMagnitude(v);
}

function Up(): vector {
  return { x: 0, y: 0, z: 1 };
}

export function main(): void {
  const a: vector = Vector(1.0, 2.0, 3.0);
  let b: vector = Vector();
  b.x = 0.5;
  b.y += 1;
  const c: vector = { x: 1, y: 2.5, z: 3 };
  const d: vector = { x: -1, y: 0, z: 0 };
  const facing: float = GetFacing(OBJECT_SELF);
  const e: vector = { x: facing, y: 0, z: facing * 2 };
  const sum: vector = Vector(a.x + b.x, a.y + c.y, a.z + d.z);
  PrintString(FloatToString(Length(sum) + Length(e) + Length({ x: 3, y: 4, z: 0 }) + Up().z));
}
