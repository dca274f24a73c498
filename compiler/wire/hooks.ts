// Which GFF field of which source file runs which hook script of the NPC behaviour module.

export interface HookField {
  /** GFF label of the script field (a resref). */
  field: string;
  /** The module's hook script for it. */
  script: string;
  /** The event as the toolset names it (for messages and docs). */
  event: string;
}

export interface SourceKind {
  /** What the file holds, in messages. */
  name: string;
  /** The GFF type tag nwn_gff writes as "__data_type" (4 characters, space-padded). */
  dataType: string;
  fields: readonly HookField[];
  /** Whether a file (by its base name, lower-cased) is of this kind. */
  matches(baseLower: string): boolean;
}

export const CREATURE: SourceKind = {
  name: "creature blueprint",
  dataType: "UTC ",
  matches: (base) => base.endsWith(".utc.json") && base.length > ".utc.json".length,
  fields: [
    { field: "ScriptSpawn", script: "npc_spawn", event: "OnSpawn" },
    { field: "ScriptOnNotice", script: "npc_perception", event: "OnPerception" },
    { field: "ScriptDamaged", script: "npc_damaged", event: "OnDamaged" },
    { field: "ScriptAttacked", script: "npc_attacked", event: "OnPhysicalAttacked" },
    { field: "ScriptSpellAt", script: "npc_spellcast", event: "OnSpellCastAt" },
    { field: "ScriptDeath", script: "npc_death", event: "OnDeath" },
    { field: "ScriptDialogue", script: "npc_dialogue", event: "OnConversation" },
    { field: "ScriptEndRound", script: "npc_endround", event: "OnEndCombatRound" },
  ],
};

export const AREA: SourceKind = {
  name: "area",
  dataType: "ARE ",
  matches: (base) => base.endsWith(".are.json") && base.length > ".are.json".length,
  fields: [
    { field: "OnEnter", script: "npc_area_enter", event: "OnEnter" },
    { field: "OnExit", script: "npc_area_exit", event: "OnExit" },
  ],
};

export const MODULE: SourceKind = {
  name: "module",
  dataType: "IFO ",
  matches: (base) => base === "module.ifo.json",
  fields: [{ field: "Mod_OnModLoad", script: "npc_mod_load", event: "OnModuleLoad" }],
};

export const SOURCE_KINDS: readonly SourceKind[] = [CREATURE, AREA, MODULE];

export function kindOf(baseName: string): SourceKind | undefined {
  const lower = baseName.toLowerCase();
  return SOURCE_KINDS.find((k) => k.matches(lower));
}
