// another include declaring a different struct also named Point
export interface Point {
  name: string;
}

export function MakeB(s: string): Point {
  return { name: s };
}

export function ShowB(p: Point): string {
  return "B(" + p.name + ")";
}
