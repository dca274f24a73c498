// a global struct read and changed by several functions
interface State {
  level: int;
  name: string;
  speed: float;
}

let gState: State = Fresh();

function Fresh(): State {
  return { level: 1, name: "start", speed: 1.0 };
}

function LevelUp(): void {
  gState.level++;
  gState.speed *= 1.5;
  gState.name = "level " + IntToString(gState.level);
}

export function main(): void {
  LevelUp();
  LevelUp();
  const snap: State = gState;
  LevelUp();
  PrintString(`${gState.name} ${FloatToString(gState.speed, 0, 3)} ${snap.name}`);
  gState = Fresh();
  PrintString(gState.name);
}
