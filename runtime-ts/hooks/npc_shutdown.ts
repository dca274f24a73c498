// Server shutdown (set through NWNX: NWNX_CORE_SHUTDOWN_SCRIPT=npc_shutdown): drains the writer.
import { NpcDbShutdown } from "../core/npc_behavior";

export function main(): void {
  NpcDbShutdown();
}
