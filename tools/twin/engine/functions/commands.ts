// Commands: DelayCommand, AssignCommand, the action queue, ExecuteScript.
import { clearActions, enqueueAction } from "../action-queue.js";
import { action, float, obj, str, type FunctionGroup } from "./types.js";

export const commandFunctions: FunctionGroup = {
  DelayCommand: (w, [seconds, a]) => {
    w.schedule(float(seconds), w.self, action(a));
    return undefined;
  },
  AssignCommand: (w, [target, a]) => {
    w.schedule(0, obj(target), action(a));
    return undefined;
  },
  ActionDoCommand: (w, [a]) => {
    const self = w.lookup(w.self);
    if (self) enqueueAction(w, self, { kind: "do", action: action(a) });
    return undefined;
  },
  ActionWait: (w, [seconds]) => {
    const self = w.lookup(w.self);
    if (self) enqueueAction(w, self, { kind: "wait", seconds: float(seconds) });
    return undefined;
  },
  ClearAllActions: (w, [, target]) => {
    const o = w.lookup(obj(target));
    if (o) clearActions(o);
    return undefined;
  },
  ExecuteScript: (w, [name, target]) => {
    w.executeScript(str(name), obj(target));
    return undefined;
  },
};
