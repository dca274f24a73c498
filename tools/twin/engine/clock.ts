// The simulated clock. Time runs in whole milliseconds from 0 (when the world starts). The
// calendar follows the game's rules: a game hour lasts `minutesPerHour` real minutes (module
// setting, 2 by default), so GetTimeMinute counts 0 … minutesPerHour-1; seconds and
// milliseconds are real ones; 24 hours a day, 28 days a month, 12 months a year.

export interface CalendarStart {
  year: number;
  month: number;
  day: number;
  hour: number;
}

export interface CalendarNow {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

export const DEFAULT_START: CalendarStart = { year: 1372, month: 6, day: 1, hour: 13 };

export class Clock {
  /** Milliseconds since the world started. */
  nowMs = 0;
  /** Calendar offset of time 0, in milliseconds since year 0, month 1, day 1, hour 0. */
  private epochMs: number;

  constructor(
    start: CalendarStart = DEFAULT_START,
    readonly minutesPerHour = 2,
  ) {
    if (!Number.isInteger(minutesPerHour) || minutesPerHour < 1 || minutesPerHour > 60) {
      throw new Error(`minutesPerHour must be an integer from 1 to 60, got ${minutesPerHour}`);
    }
    this.epochMs = this.toMs(start.year, start.month, start.day, start.hour, 0, 0, 0);
  }

  private get hourMs(): number {
    return this.minutesPerHour * 60_000;
  }

  private toMs(year: number, month: number, day: number, hour: number, minute: number, second: number, ms: number): number {
    const days = (year * 12 + (month - 1)) * 28 + (day - 1);
    return (days * 24 + hour) * this.hourMs + minute * 60_000 + second * 1000 + ms;
  }

  now(): CalendarNow {
    let t = this.epochMs + this.nowMs;
    const millisecond = t % 1000;
    const second = Math.floor(t / 1000) % 60;
    const minute = Math.floor(t / 60_000) % this.minutesPerHour;
    t = Math.floor(t / this.hourMs);
    const hour = t % 24;
    t = Math.floor(t / 24);
    const day = (t % 28) + 1;
    t = Math.floor(t / 28);
    const month = (t % 12) + 1;
    const year = Math.floor(t / 12);
    return { year, month, day, hour, minute, second, millisecond };
  }

  /** Milliseconds since the calendar's year 0 now. */
  private absolute(): number {
    return this.epochMs + this.nowMs;
  }

  /**
   * SetTime: time only moves forward; a time of day earlier than now moves to that time on the
   * next day. Overflowing fields carry into the next (minutes carry at minutesPerHour).
   */
  setTime(hour: number, minute: number, second: number, ms: number): void {
    const c = this.now();
    const dayStart = this.toMs(c.year, c.month, c.day, 0, 0, 0, 0);
    let target = dayStart + hour * this.hourMs + minute * 60_000 + second * 1000 + ms;
    if (target < this.absolute()) target += 24 * this.hourMs;
    this.epochMs = target - this.nowMs;
  }

  /** SetCalendar: moves to the date (overflow carries), keeping the time of day; never backwards. */
  setCalendar(year: number, month: number, day: number): void {
    const c = this.now();
    const target = this.toMs(year, month, day, c.hour, c.minute, c.second, c.millisecond);
    if (target < this.absolute()) return;
    this.epochMs = target - this.nowMs;
  }
}
