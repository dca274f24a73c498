// Module OnModuleLoad hook: recovers the area controllers after a (re)start.
import { NpcBehaviorBootstrapModuleAreas } from "../core/npc_behavior";

export function main(): void {
  NpcBehaviorBootstrapModuleAreas();
}
