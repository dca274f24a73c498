// locations made by the engine, kept in a struct, copied and passed to a delayed command
interface Spot {
  name: string;
  at: location;
}

function Describe(s: Spot): void {
  const p: vector = GetPositionFromLocation(s.at);
  PrintString(s.name + " " + FloatToString(p.x, 0, 1) + "," + FloatToString(p.y, 0, 1) + "," + FloatToString(p.z, 0, 1) + " facing " + FloatToString(GetFacingFromLocation(s.at), 0, 1));
}

export function main(): void {
  const a: Spot = { name: "a", at: Location(GetModule(), Vector(1.0, 2.0, 3.0), 90.0) };
  const b: Spot = a;
  b.name = "b";
  b.at = Location(GetModule(), Vector(-4.0, 0.5, 0.0), 180.0);
  Describe(a);
  DelayCommand(1.0, () => Describe(b));
  b.name = "b changed";
  Describe(b);
}
