// a struct captured by a delayed call is the copy made when it was scheduled
interface Msg {
  text: string;
  n: int;
}

let gMsg: Msg = Blank();

function Blank(): Msg {
  return { text: "blank", n: 0 };
}

function Say(m: Msg, v: vector): void {
  PrintString(`${m.text} ${m.n} ${FloatToString(v.x, 0, 1)} global ${gMsg.text}`);
}

export function main(): void {
  const m: Msg = { text: "hello", n: 1 };
  const v: vector = Vector(1.0, 2.0, 3.0);
  gMsg.text = "first";
  DelayCommand(1.0, () => Say(m, v));
  m.text = "changed";
  m.n = 2;
  v.x = 9.0;
  gMsg.text = "second";
  DelayCommand(2.0, () => Say(m, v));
  Say(m, v);
}
