// Game time from the simulated clock (see clock.ts).
import { float32 } from "../numbers.js";
import { int, type FunctionGroup } from "./types.js";

export const timeFunctions: FunctionGroup = {
  GetTimeHour: (w) => w.clock.now().hour,
  GetTimeMinute: (w) => w.clock.now().minute,
  GetTimeSecond: (w) => w.clock.now().second,
  GetTimeMillisecond: (w) => w.clock.now().millisecond,
  GetCalendarYear: (w) => w.clock.now().year,
  GetCalendarMonth: (w) => w.clock.now().month,
  GetCalendarDay: (w) => w.clock.now().day,
  SetTime: (w, [h, m, s, ms]) => {
    w.clock.setTime(int(h), int(m), int(s), int(ms));
    return undefined;
  },
  SetCalendar: (w, [y, m, d]) => {
    w.clock.setCalendar(int(y), int(m), int(d));
    return undefined;
  },
  // Simulated time: elapsed microseconds inside one script run are 0, across commands they follow the clock.
  GetMicrosecondCounter: (w) => (w.clock.nowMs * 1000) | 0,
  RoundsToSeconds: (_w, [n]) => float32(int(n) * 6),
  TurnsToSeconds: (_w, [n]) => float32(int(n) * 60),
  HoursToSeconds: (w, [n]) => float32(int(n) * w.clock.minutesPerHour * 60),
};
