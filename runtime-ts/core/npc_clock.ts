// Game time in seconds, the one clock of the NPC core and its persistence.
import { NPC_VAR_TIME_BASE_YEAR } from "./npc_config";

/** Seconds of game time since the first year this module saw (NWScript has no epoch clock). */
export function NpcBehaviorNow(): int {
  const mod = GetModule();
  let base: int = GetLocalInt(mod, NPC_VAR_TIME_BASE_YEAR);
  if (base == 0) {
    base = GetCalendarYear() + 1;
    SetLocalInt(mod, NPC_VAR_TIME_BASE_YEAR, base);
  }
  const hours: int = (((GetCalendarYear() + 1 - base) * 12 + GetCalendarMonth() - 1) * 28 + GetCalendarDay() - 1) * 24 + GetTimeHour();
  return hours * FloatToInt(HoursToSeconds(1)) + GetTimeMinute() * 60 + GetTimeSecond();
}

/** A time stamp as stored in locals: now + 1, so that 0 means "never". */
export function NpcBehaviorStamp(): int {
  return NpcBehaviorNow() + 1;
}

/** Seconds since a stored stamp; a large number for "never". */
export function NpcBehaviorSecondsSince(stamp: int): int {
  if (stamp == 0) return 1000000000;
  return NpcBehaviorNow() + 1 - stamp;
}
