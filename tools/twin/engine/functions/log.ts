// Messages that do not go to PrintString's log: timestamped log entries and messages to players.
import { obj, str, type FunctionGroup } from "./types.js";

export const logFunctions: FunctionGroup = {
  WriteTimestampedLogEntry: (w, [s]) => {
    w.logEntries.push({ time: w.now, text: str(s) });
    return undefined;
  },
  SendMessageToPC: (w, [pc, s]) => {
    const p = w.lookup(obj(pc));
    if (p?.isPC) w.messages.push({ pc: p.handle, text: str(s) });
    return undefined;
  },
};
