// include library declaring a struct and functions that build and describe it
export interface Tagged {
  tag: string;
  n: int;
}

export function MakeTagged(tag: string, n: int): Tagged {
  return { tag: tag, n: n };
}

export function Describe(t: Tagged): string {
  return "[" + t.tag + ":" + IntToString(t.n) + "]";
}
