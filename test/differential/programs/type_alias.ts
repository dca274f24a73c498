// type aliases of NWScript types in parameters, returns, locals and struct fields
type Gold = int;
type Ratio = float;
type Label = string;

interface Purse {
  gold: Gold;
  owner: Label;
}

function Pay(p: Purse, amount: Gold): Purse {
  p.gold -= amount;
  return p;
}

function Share(total: Gold, r: Ratio): Gold {
  return FloatToInt(IntToFloat(total) * r);
}

export function main(): void {
  let p: Purse = { gold: 100, owner: "Nasher" };
  p = Pay(p, 30);
  const cut: Gold = Share(p.gold, 0.25);
  const name: Label = p.owner;
  PrintString(`${name} ${p.gold} ${cut}`);
}
