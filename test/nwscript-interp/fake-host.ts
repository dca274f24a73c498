// A minimal engine host for testing interpret() on its own: a few engine functions, OBJECT_SELF
// switched by runScript, and a plain queue for DelayCommand/AssignCommand run by runQueue().
import type { EngineFunction, EngineHost } from "../../tools/twin/engine-contract.js";
import { EngineNotModeled, type NwAction, NwObject, type NwValue } from "../../tools/twin/values.js";

export class FakeHost implements EngineHost {
  readonly printed: string[] = [];
  readonly module = new NwObject(1);
  readonly queue: { delay: number; owner: NwObject; action: NwAction }[] = [];
  readonly calls: string[] = [];
  self = new NwObject(2);

  private readonly functions: Record<string, (args: NwValue[]) => NwValue | undefined> = {
    PrintString: ([s]) => {
      this.printed.push(s as string);
      return undefined;
    },
    IntToString: ([n]) => String(n),
    GetModule: () => this.module,
    GetObjectType: ([o]) => ((o as NwObject).id === this.module.id ? 0 : 32),
    DelayCommand: ([delay, action]) => {
      this.schedule(delay as number, this.self, action as NwAction);
      return undefined;
    },
    AssignCommand: ([owner, action]) => {
      this.schedule(0, owner as NwObject, action as NwAction);
      return undefined;
    },
  };

  engineFunction(name: string): EngineFunction {
    const fn = this.functions[name];
    if (!fn) throw new EngineNotModeled(name);
    return (args) => {
      this.calls.push(name);
      return fn(args);
    };
  }

  runScript(self: NwObject, body: () => void): void {
    const previous = this.self;
    this.self = self;
    try {
      body();
    } finally {
      this.self = previous;
    }
  }

  schedule(delay: number, owner: NwObject, action: NwAction): void {
    this.queue.push({ delay, owner, action });
  }

  /** Runs queued commands by delay (stable for equal delays) until none is left. */
  runQueue(): void {
    while (this.queue.length > 0) {
      let next = 0;
      for (let i = 1; i < this.queue.length; i++) if (this.queue[i].delay < this.queue[next].delay) next = i;
      const [item] = this.queue.splice(next, 1);
      this.runScript(item.owner, () => item.action.run());
    }
  }
}
