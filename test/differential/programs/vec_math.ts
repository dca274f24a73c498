// vector helper functions: sums, scaling and lengths through engine functions
function Add(a: vector, b: vector): vector {
  return Vector(a.x + b.x, a.y + b.y, a.z + b.z);
}

function Scale(a: vector, k: float): vector {
  return Vector(a.x * k, a.y * k, a.z * k);
}

export function main(): void {
  const a: vector = Vector(3.0, 4.0, 0.0);
  PrintString(FloatToString(VectorMagnitude(a), 0, 4));
  const b: vector = Add(a, Scale(a, -0.5));
  PrintString(FloatToString(b.x, 0, 3) + " " + FloatToString(b.y, 0, 3) + " " + FloatToString(VectorMagnitude(b), 0, 3));
  const n: vector = VectorNormalize(Vector(0.0, 0.0, 5.0));
  PrintString(FloatToString(n.z, 0, 3));
  let sum: vector = Vector();
  for (let i: int = 1; i <= 4; i++) sum = Add(sum, Vector(IntToFloat(i), 0.5, -1.0));
  PrintString(FloatToString(sum.x, 0, 1) + " " + FloatToString(sum.y, 0, 1) + " " + FloatToString(sum.z, 0, 1));
}
