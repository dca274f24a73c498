// a global declared in an include: read by the script, saved for delayed commands like any global
import { Count, Later, gUtilCalls } from "./modg_lib";

export function main(): void {
  Count();
  Count();
  DelayCommand(1.0, () => Later("delayed"));
  Count();
  PrintString("main sees " + IntToString(gUtilCalls));
  Later("now");
}
