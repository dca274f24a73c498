// delayed commands scheduled inside an include, with the include's global saved each time
import { Report, Schedule } from "./moda_lib";

export function main(): void {
  Schedule("first", 2);
  Schedule("second", 1);
  Report("now", 0);
}
