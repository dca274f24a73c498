// Creatures placed in an area keep their own copy of the script slots in the area's instance file
// (*.git.json, "Creature List"); wire does not edit those, but says how many are not wired.
import { CREATURE } from "./hooks.js";
import { type JsonNode, parseJson } from "./json-tree.js";

/** How many placed creatures in a *.git.json text lack a hook script; undefined when it cannot tell. */
export function unwiredPlacedCreatures(text: string): number | undefined {
  let root: JsonNode;
  try {
    root = parseJson(text);
  } catch {
    return undefined;
  }
  if (root.kind !== "object") return undefined;
  const list = field(root, "Creature List");
  if (list?.kind !== "array") return undefined;
  let unwired = 0;
  for (const creature of list.items) {
    const wired = CREATURE.fields.every((hook) => {
      const value = creature.kind === "object" ? field(creature, hook.field) : undefined;
      return value?.kind === "string" && value.value.toLowerCase() === hook.script;
    });
    if (!wired) unwired++;
  }
  return unwired;
}

/** The "value" of a GFF field `{"type": ..., "value": ...}` of a struct. */
function field(struct: JsonNode, label: string): JsonNode | undefined {
  if (struct.kind !== "object") return undefined;
  const member = struct.members.find((m) => m.key === label)?.value;
  if (member?.kind !== "object") return undefined;
  return member.members.find((m) => m.key === "value")?.value;
}

export function isAreaInstances(baseName: string): boolean {
  const lower = baseName.toLowerCase();
  return lower.endsWith(".git.json") && lower.length > ".git.json".length;
}
