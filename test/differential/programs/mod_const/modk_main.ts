// consts imported from an include, used in expressions, defaults and case labels
import { DOUBLE, LIMIT, NAME, NEG_SHIFT, RATE } from "./modk_consts";

function Scaled(n: int = DOUBLE): float {
  return IntToFloat(n) * RATE;
}

function Kind(n: int): string {
  switch (n) {
    case LIMIT:
      return "limit";
    case DOUBLE:
      return "double";
    case NEG_SHIFT:
      return "neg";
  }
  return "other";
}

export function main(): void {
  PrintString(NAME + " " + FloatToString(Scaled(), 0, 2) + " " + FloatToString(Scaled(3), 0, 2));
  PrintString(Kind(10) + " " + Kind(20) + " " + Kind(-4) + " " + Kind(-5));
}
