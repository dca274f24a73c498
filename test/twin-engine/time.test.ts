// The game clock and calendar on simulated time.
import { describe, expect, it } from "vitest";
import { World } from "../../tools/twin/engine/index.js";
import { call } from "./helpers.js";

const now = (w: World) =>
  ["GetCalendarYear", "GetCalendarMonth", "GetCalendarDay", "GetTimeHour", "GetTimeMinute", "GetTimeSecond", "GetTimeMillisecond"].map((f) => call(w, f));

describe("game time", () => {
  it("a game hour lasts minutesPerHour real minutes; minutes count 0..minutesPerHour-1", () => {
    const w = new World({ start: { year: 1372, month: 12, day: 28, hour: 23 }, minutesPerHour: 2 });
    expect(now(w)).toEqual([1372, 12, 28, 23, 0, 0, 0]);
    w.advance(61.25);
    expect(now(w)).toEqual([1372, 12, 28, 23, 1, 1, 250]);
    w.advance(59);
    expect(now(w)).toEqual([1373, 1, 1, 0, 0, 0, 250]);
    expect(call(w, "HoursToSeconds", 3)).toBe(360);
    expect(call(w, "RoundsToSeconds", 2)).toBe(12);
    expect(call(w, "TurnsToSeconds", 1)).toBe(60);
  });

  it("SetTime only moves forward (an earlier hour means the next day); SetCalendar never goes back", () => {
    const w = new World({ start: { year: 1372, month: 6, day: 10, hour: 15 } });
    call(w, "SetTime", 18, 0, 0, 0);
    expect(now(w).slice(0, 4)).toEqual([1372, 6, 10, 18]);
    call(w, "SetTime", 3, 0, 0, 0);
    expect(now(w).slice(0, 4)).toEqual([1372, 6, 11, 3]);
    call(w, "SetCalendar", 1371, 1, 1);
    expect(now(w).slice(0, 3)).toEqual([1372, 6, 11]);
    call(w, "SetCalendar", 1372, 14, 2);
    expect(now(w).slice(0, 4)).toEqual([1373, 2, 2, 3]);
    // The scheduler's clock is not affected by the calendar.
    expect(w.now).toBe(0);
  });

  it("WriteTimestampedLogEntry records the simulated time; SendMessageToPC only reaches PCs", () => {
    const w = new World();
    const pc = w.createCreature({ isPC: true });
    const npc = w.createCreature();
    w.advance(2.5);
    call(w, "WriteTimestampedLogEntry", "hello");
    call(w, "SendMessageToPC", pc, "hi");
    call(w, "SendMessageToPC", npc, "lost");
    expect(w.logEntries).toEqual([{ time: 2.5, text: "hello" }]);
    expect(w.messages).toEqual([{ pc, text: "hi" }]);
  });
});
