// Module OnModuleLoad hook: recovers the area controllers after a (re)start, then runs the
// database migrations and starts the persistence writer (npc_db_boot, not in the facade so the
// other hooks do not carry the migrations).
import { NpcBehaviorBootstrapModuleAreas } from "../core/npc_behavior";
import { NpcDbBoot } from "../persist/npc_db_boot";

export function main(): void {
  NpcBehaviorBootstrapModuleAreas();
  NpcDbBoot();
}
