// default values of object, vector and location parameters, and a void function returning a void call
function Where(o: object = OBJECT_SELF, v: vector = { x: 1, y: 2, z: 3 }, l: location = LOCATION_INVALID): string {
  const self: string = o == OBJECT_SELF ? "self" : o == GetModule() ? "module" : "other";
  return self + " " + FloatToString(v.x + v.y + v.z, 0, 1) + " " + IntToString(GetIsObjectValid(GetAreaFromLocation(l)));
}

function Log(s: string): void {
  PrintString(s);
}

function Wrap(s: string): void {
  return Log("[" + s + "]");
}

export function main(): void {
  Wrap(Where());
  Wrap(Where(GetModule()));
  Wrap(Where(OBJECT_INVALID, Vector(0.5, 0.5, 0.5)));
  AssignCommand(GetModule(), () => Wrap(Where()));
}
