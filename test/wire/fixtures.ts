// GFF-as-JSON sources for the wire tests, laid out as nwn_gff --pretty writes them (keys sorted,
// two-space indentation), with a %FIELD% placeholder where each hook field's value goes.

/** Hook fields of a creature blueprint and the scripts wire puts there. */
export const CREATURE_HOOKS: Record<string, string> = {
  ScriptAttacked: "npc_attacked",
  ScriptDamaged: "npc_damaged",
  ScriptDeath: "npc_death",
  ScriptDialogue: "npc_dialogue",
  ScriptEndRound: "npc_endround",
  ScriptOnNotice: "npc_perception",
  ScriptSpawn: "npc_spawn",
  ScriptSpellAt: "npc_spellcast",
};

export const AREA_HOOKS: Record<string, string> = { OnEnter: "npc_area_enter", OnExit: "npc_area_exit" };
export const MODULE_HOOKS: Record<string, string> = { Mod_OnModLoad: "npc_mod_load" };

/**
 * A creature blueprint. Besides the hook fields it has fields wire must not touch: the heartbeat
 * and other scripts, a VarTable whose entry has a field named like a hook, odd numbers and strings.
 */
export const CREATURE_TEMPLATE = `{
  "__data_type": "UTC ",
  "Appearance_Type": {
    "type": "word",
    "value": 6
  },
  "ChallengeRating": {
    "type": "float",
    "value": 1.50
  },
  "Description": {
    "type": "cexolocstring",
    "value": {
      "0": "A \\"quiet\\" guard \\u00e9 — ünïcode\\n"
    }
  },
  "ScriptAttacked": {
    "type": "resref",
    "value": "%ScriptAttacked%"
  },
  "ScriptDamaged": {
    "type": "resref",
    "value": "%ScriptDamaged%"
  },
  "ScriptDeath": {
    "type": "resref",
    "value": "%ScriptDeath%"
  },
  "ScriptDialogue": {
    "type": "resref",
    "value": "%ScriptDialogue%"
  },
  "ScriptDisturbed": {
    "type": "resref",
    "value": "nw_c2_default8"
  },
  "ScriptEndRound": {
    "type": "resref",
    "value": "%ScriptEndRound%"
  },
  "ScriptHeartbeat": {
    "type": "resref",
    "value": "nw_c2_default1"
  },
  "ScriptOnNotice": {
    "type": "resref",
    "value": "%ScriptOnNotice%"
  },
  "ScriptSpawn": {
    "type": "resref",
    "value": "%ScriptSpawn%"
  },
  "ScriptSpellAt": {
    "type": "resref",
    "value": "%ScriptSpellAt%"
  },
  "Tag": {
    "type": "cexostring",
    "value": "GUARD"
  },
  "VarTable": {
    "type": "list",
    "value": [
      {
        "__struct_id": 0,
        "ScriptSpawn": {
          "type": "resref",
          "value": "keep_me"
        }
      }
    ]
  }
}
`;

/** An area in nwn_gff's compact (not --pretty) form, on one line. */
export const AREA_TEMPLATE = `{"__data_type":"ARE ","Height":{"type":"int","value":8},"OnEnter":{"type":"resref","value":"%OnEnter%"},"OnExit":{"type":"resref","value":"%OnExit%"},"OnHeartbeat":{"type":"resref","value":""},"Tag":{"type":"cexostring","value":"town"}}\r\n`;

/** module.ifo, hand-formatted with Windows line ends and one field per line. */
export const MODULE_TEMPLATE =
  '{\r\n\t"__data_type": "IFO ",\r\n\t"Mod_Name": { "type": "cexolocstring", "value": { "0": "Test" } },\r\n\t"Mod_OnModLoad": { "type": "resref", "value": "%Mod_OnModLoad%" },\r\n\t"Mod_OnClientEntr": { "type": "resref", "value": "x2_mod_def_enter" }\r\n}\r\n';

/** The template with every hook field set to the given value (or its script when value is omitted). */
export function fill(template: string, hooks: Record<string, string>, value?: (field: string, script: string) => string): string {
  return template.replace(/%(\w+)%/g, (_, field: string) => {
    const script = hooks[field];
    if (script === undefined) throw new Error(`no hook ${field}`);
    return value ? value(field, script) : script;
  });
}

export const empty = () => "";
