// Module OnModuleLoad hook: recovers the area controllers after a (re)start.
import { NpcBehaviorBootstrapModuleAreas } from "../core/npc_area";

export function main(): void {
  NpcBehaviorBootstrapModuleAreas();
}
