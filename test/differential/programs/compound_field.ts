// compound assignments on struct fields, nested fields, vector components and globals
interface Stats {
  hp: int;
  speed: float;
}

interface Unit {
  stats: Stats;
  pos: vector;
}

let gTotal: int = 1;
let gUnit: Unit = MakeUnit();

function MakeUnit(): Unit {
  return { stats: { hp: 5, speed: 1.0 }, pos: { x: 0, y: 0, z: 0 } };
}

export function main(): void {
  const st: Stats = { hp: 10, speed: 1.5 };
  st.hp -= 3;
  st.speed *= 2;
  const u: Unit = { stats: st, pos: Vector(1.0, 2.0, 3.0) };
  u.stats.hp *= 4;
  u.pos.y += 0.25;
  u.pos.z -= 1;
  gTotal += u.stats.hp;
  gUnit.stats.hp <<= 2;
  gUnit.pos.x += 1.5;
  PrintString(`${st.hp} ${u.stats.hp} ${gTotal} ${gUnit.stats.hp}`);
  PrintString(FloatToString(st.speed, 0, 2) + " " + FloatToString(u.pos.y, 0, 2) + " " + FloatToString(u.pos.z, 0, 2) + " " + FloatToString(gUnit.pos.x, 0, 2));
}
