// Game-time seconds for the breaker's stamps. Same formula and base local as NpcBehaviorNow
// (core/npc_state), which persist cannot include: npc_state includes the writer.
import { NPC_VAR_TIME_BASE_YEAR } from "../core/npc_config";

/** Seconds of game time since the first year this module saw. */
export function NpcDbNow(): int {
  const mod = GetModule();
  let base: int = GetLocalInt(mod, NPC_VAR_TIME_BASE_YEAR);
  if (base == 0) {
    base = GetCalendarYear() + 1;
    SetLocalInt(mod, NPC_VAR_TIME_BASE_YEAR, base);
  }
  const hours: int = (((GetCalendarYear() + 1 - base) * 12 + GetCalendarMonth() - 1) * 28 + GetCalendarDay() - 1) * 24 + GetTimeHour();
  return hours * FloatToInt(HoursToSeconds(1)) + GetTimeMinute() * 60 + GetTimeSecond();
}
