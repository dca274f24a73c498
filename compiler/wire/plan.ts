// Works out, for one GFF-as-JSON source, which hook fields to set and the text edits that do it.
// Only the "value" strings of the hook fields change (or, for a missing field, one new member is
// inserted in the style of its neighbours); every other byte of the file stays as it was.
import type { HookField, SourceKind } from "./hooks.js";
import { type JsonMember, type JsonNode, type JsonObject, type JsonString, parseJson } from "./json-tree.js";
import { applyEdits, type TextEdit } from "./text-edit.js";

export type FieldStatus =
  /** Already names the hook script. */
  | "already"
  /** Was empty; now names the hook script. */
  | "set"
  /** Named another script; replaced because of --force. */
  | "replaced"
  /** Names another script; left alone (no --force). */
  | "refused"
  /** Was missing; added. */
  | "added";

export interface FieldOutcome {
  hook: HookField;
  status: FieldStatus;
  /** The value before (empty for a missing field). */
  previous: string;
  /** Where the field's value (or, for a missing field, the document) starts. */
  offset: number;
}

export interface FilePlan {
  outcomes: FieldOutcome[];
  edits: TextEdit[];
  /** The text after the edits (equal to the input when nothing changes). */
  newText: string;
}

/** The file is valid JSON but not a GFF-as-JSON document of the expected shape. */
export class GffShapeError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
    this.name = "GffShapeError";
  }
}

export function planWiring(text: string, kind: SourceKind, force: boolean): FilePlan {
  const root = parseJson(text);
  if (root.kind !== "object") throw new GffShapeError(`expected a JSON object (a ${kind.name} in nwn_gff's JSON form)`, root.start);
  checkDataType(root, kind);
  const outcomes: FieldOutcome[] = [];
  const edits: TextEdit[] = [];
  const missing: HookField[] = [];
  for (const hook of kind.fields) {
    const member = root.members.find((m) => m.key === hook.field);
    if (!member) {
      missing.push(hook);
      outcomes.push({ hook, status: "added", previous: "", offset: root.start });
      continue;
    }
    const valueNode = resrefValue(member);
    const previous = valueNode.value;
    // Resrefs are case-insensitive in the game.
    const status: FieldStatus =
      previous.toLowerCase() === hook.script ? "already" : previous === "" ? "set" : force ? "replaced" : "refused";
    outcomes.push({ hook, status, previous, offset: valueNode.start });
    if (status === "set" || status === "replaced") edits.push({ start: valueNode.start, end: valueNode.end, text: JSON.stringify(hook.script) });
  }
  if (missing.length > 0) edits.push(...insertions(text, root, missing));
  return { outcomes, edits, newText: applyEdits(text, edits) };
}

function checkDataType(root: JsonObject, kind: SourceKind): void {
  const member = root.members.find((m) => m.key === "__data_type");
  if (!member) return;
  if (member.value.kind !== "string") throw new GffShapeError(`"__data_type" should be a string`, member.value.start);
  if (member.value.value.trim().toUpperCase() !== kind.dataType.trim()) {
    throw new GffShapeError(`"__data_type" is ${JSON.stringify(member.value.value)}, expected ${JSON.stringify(kind.dataType)} for a ${kind.name}`, member.value.start);
  }
}

/** The "value" string of a field `{"type": "resref", "value": "..."}`. */
function resrefValue(member: JsonMember): JsonString {
  const field = member.value;
  const shape = `{"type": "resref", "value": "..."}`;
  if (field.kind !== "object") throw new GffShapeError(`field ${member.key} should be ${shape}`, field.start);
  const type = field.members.find((m) => m.key === "type");
  if (!type || type.value.kind !== "string") throw new GffShapeError(`field ${member.key} has no "type" string; expected ${shape}`, field.start);
  if (type.value.value !== "resref") {
    throw new GffShapeError(`field ${member.key} has type ${JSON.stringify(type.value.value)}, expected "resref"`, type.value.start);
  }
  const value = field.members.find((m) => m.key === "value");
  if (!value || value.value.kind !== "string") throw new GffShapeError(`field ${member.key} has no "value" string; expected ${shape}`, field.start);
  return value.value;
}

/**
 * New members for missing fields, written like an existing field of the file (same layout and
 * indentation). nwn_gff sorts the keys of every object (ignoring case), so when the file's keys are
 * sorted the new member goes to its sorted place; otherwise it is appended.
 */
function insertions(text: string, root: JsonObject, missing: readonly HookField[]): TextEdit[] {
  const members = root.members;
  if (members.length === 0) return [emptyRootFill(text, root, missing)];
  const separator = memberSeparator(text, root);
  const sorted = members.every((m, i) => i === 0 || compareKeys(members[i - 1]!.key, m.key) <= 0);
  const template = findTemplate(members);
  const edits: TextEdit[] = [];
  const appended: string[] = [];
  const ordered = sorted ? [...missing].sort((a, b) => compareKeys(a.field, b.field)) : missing;
  for (const hook of ordered) {
    const fieldText = renderField(text, template, hook, separator);
    const before = sorted ? members.find((m) => compareKeys(hook.field, m.key) < 0) : undefined;
    if (before) edits.push({ start: before.keyStart, end: before.keyStart, text: fieldText + "," + separator });
    else appended.push("," + separator + fieldText);
  }
  const last = members[members.length - 1]!;
  if (appended.length > 0) edits.push({ start: last.value.end, end: last.value.end, text: appended.join("") });
  return edits;
}

/** nwn_gff's key order: ASCII letters compared without case, then length. */
export function compareKeys(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The whitespace between one member's comma and the next member's key (or after "{" for a single member). */
function memberSeparator(text: string, root: JsonObject): string {
  const [first, second] = root.members;
  if (!second) return text.slice(root.start + 1, first!.keyStart);
  const comma = text.indexOf(",", first!.value.end);
  return text.slice(comma + 1, second.keyStart);
}

interface Template {
  member: JsonMember;
  type: JsonString;
  value: JsonString;
}

/** An existing `{"type": ..., "value": "..."}` field to copy the layout from, a resref one if there is one. */
function findTemplate(members: readonly JsonMember[]): Template | undefined {
  let fallback: Template | undefined;
  for (const member of members) {
    const field = member.value;
    if (field.kind !== "object" || field.members.length !== 2) continue;
    const type = stringMember(field, "type");
    const value = stringMember(field, "value");
    if (!type || !value) continue;
    if (type.value === "resref") return { member, type, value };
    fallback ??= { member, type, value };
  }
  return fallback;
}

function stringMember(object: JsonObject, key: string): JsonString | undefined {
  const node: JsonNode | undefined = object.members.find((m) => m.key === key)?.value;
  return node?.kind === "string" ? node : undefined;
}

function renderField(text: string, template: Template | undefined, hook: HookField, separator: string): string {
  if (!template) {
    // No field to copy: nwn_gff's pretty layout, indented one step deeper than the members.
    const indent = separator.replace(/^\r?\n/, "");
    const newline = separator.startsWith("\r\n") ? "\r\n" : separator.startsWith("\n") ? "\n" : "";
    if (!newline) return `${JSON.stringify(hook.field)}: {"type": "resref", "value": ${JSON.stringify(hook.script)}}`;
    const inner = indent + (indent || "  ");
    return `${JSON.stringify(hook.field)}: {${newline}${inner}"type": "resref",${newline}${inner}"value": ${JSON.stringify(hook.script)}${newline}${indent}}`;
  }
  const base = template.member.keyStart;
  const slice = text.slice(base, template.member.value.end);
  return applyEdits(slice, [
    { start: 0, end: template.member.keyEnd - base, text: JSON.stringify(hook.field) },
    { start: template.type.start - base, end: template.type.end - base, text: '"resref"' },
    { start: template.value.start - base, end: template.value.end - base, text: JSON.stringify(hook.script) },
  ]);
}

/** A document `{}` gets its fields in nwn_gff's pretty layout. */
function emptyRootFill(text: string, root: JsonObject, missing: readonly HookField[]): TextEdit {
  const newline = text.includes("\r\n") ? "\r\n" : "\n";
  const separator = newline + "  ";
  const body = missing.map((hook) => renderField(text, undefined, hook, separator)).join("," + separator);
  return { start: root.start, end: root.end, text: `{${separator}${body}${newline}}` };
}
