// Every compound assignment: on ints, on floats (an int literal operand becomes a float), on
// strings, on struct fields and on globals.
interface Stats {
  hp: int;
  speed: float;
}

let gTotal: int = 0;

export function main(): void {
  let x: int = 100;
  x += 5;
  x -= 3;
  x *= 2;
  x /= 4;
  x %= 7;
  x <<= 3;
  x >>= 1;
  x &= 0xFF;
  x |= 0x100;
  x ^= 0x0F;
  let f: float = 10;
  f += 1;
  f -= 2.5;
  f *= 3;
  f /= 4;
  let s: string = "a";
  s += "b";
  const st: Stats = { hp: 10, speed: 1.5 };
  st.hp -= 3;
  st.speed *= 2;
  gTotal += x;
  PrintString(s + IntToString(x + st.hp + gTotal) + FloatToString(f + st.speed));
}
