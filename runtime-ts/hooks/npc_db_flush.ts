// Admin entry point: writes every pending NPC change now (also a trial write when the breaker is
// open). Run it with the console (`runscript npc_db_flush`) or ExecuteScript.
import { NpcDbFlushAll } from "../core/npc_behavior";

export function main(): void {
  const left = NpcDbFlushAll("admin flush");
  WriteTimestampedLogEntry("npc_db flush: " + IntToString(left) + " change(s) left unwritten");
}
