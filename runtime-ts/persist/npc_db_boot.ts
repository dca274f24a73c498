// Module load: the schema migrations; then NPCs that spawned before (placed creatures) are restored,
// a few per script run; only then may the writer write (a snapshot taken before its NPC's row was
// read must never overwrite that row), and what was queued is written.
import { NpcDbMigrate } from "./npc_db_migrate";
import { NpcDbStartFlushLoop } from "./npc_db_loop";
import { NpcDbRestoreSome } from "./npc_db_restore";
import { NPC_DB_VAR_MIGRATED, NPC_DB_VAR_READY, NPC_DB_VAR_RESTORE_DUE } from "./npc_db_config";
import { NpcDbQueueCount } from "./npc_db_slots";

export function NpcDbBoot(): void {
  const mod = GetModule();
  NpcDbMigrate();
  SetLocalInt(mod, NPC_DB_VAR_MIGRATED, TRUE);
  if (GetLocalInt(mod, NPC_DB_VAR_RESTORE_DUE) == TRUE) AssignCommand(mod, () => NpcDbBootRestore());
  else NpcDbBootReady();
}

/** One step of the restore pass; the writer starts when it is over. */
export function NpcDbBootRestore(): void {
  if (!NpcDbRestoreSome()) {
    AssignCommand(GetModule(), () => NpcDbBootRestore());
    return;
  }
  DeleteLocalInt(GetModule(), NPC_DB_VAR_RESTORE_DUE);
  NpcDbBootReady();
}

function NpcDbBootReady(): void {
  SetLocalInt(GetModule(), NPC_DB_VAR_READY, TRUE);
  if (NpcDbQueueCount() > 0) NpcDbStartFlushLoop();
}
