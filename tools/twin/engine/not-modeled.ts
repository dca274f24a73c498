// Failing loudly on argument ranges whose engine behaviour is not known.
import { EngineNotModeled } from "../values.js";

/** An engine function called with arguments the simulator does not model (e.g. out of range). */
export class EngineCaseNotModeled extends EngineNotModeled {
  constructor(functionName: string, readonly detail: string) {
    super(functionName);
    this.message = `the engine simulator does not model ${functionName}() ${detail}`;
  }
}
