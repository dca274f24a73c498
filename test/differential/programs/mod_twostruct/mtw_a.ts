// include declaring a struct named Point
export interface Point {
  x: int;
  y: int;
}

export function MakeA(n: int): Point {
  return { x: n, y: n * 2 };
}

export function ShowA(p: Point): string {
  return "A(" + IntToString(p.x) + "," + IntToString(p.y) + ")";
}
