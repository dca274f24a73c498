// Module load: the schema migrations, then the writer may touch the database: NPCs that spawned
// before (placed creatures) are restored one area per script run, and the flush loop starts.
import { NpcDbMigrate } from "./npc_db_migrate";
import { NpcDbStartFlushLoop } from "./npc_db_loop";
import { NpcDbRestoreArea } from "./npc_db_restore";
import { NPC_DB_VAR_READY, NPC_DB_VAR_RESTORE_DUE } from "./npc_db_config";
import { NpcDbQueueCount } from "./npc_db_slots";

export function NpcDbBoot(): void {
  const mod = GetModule();
  NpcDbMigrate();
  SetLocalInt(mod, NPC_DB_VAR_READY, TRUE);
  if (GetLocalInt(mod, NPC_DB_VAR_RESTORE_DUE) == TRUE) {
    DeleteLocalInt(mod, NPC_DB_VAR_RESTORE_DUE);
    let area = GetFirstArea();
    while (GetIsObjectValid(area)) {
      const a = area;
      AssignCommand(mod, () => NpcDbRestoreArea(a));
      area = GetNextArea();
    }
  }
  if (NpcDbQueueCount() > 0) NpcDbStartFlushLoop();
}
