// Script strings are byte strings (one character per byte); SQLite text is UTF-8. Bytes that
// form valid UTF-8 go to SQLite as that text and come back as the same bytes; other byte
// strings cannot be stored exactly through better-sqlite3 and go in as latin1 characters.

const decoder = new TextDecoder("utf-8", { fatal: true });

export function toSqlText(script: string): string {
  if (/^[\x00-\x7f]*$/.test(script) || /[^\x00-\xff]/.test(script)) return script;
  try {
    return decoder.decode(Buffer.from(script, "latin1"));
  } catch {
    return script;
  }
}

export function fromSqlText(text: string): string {
  if (/^[\x00-\x7f]*$/.test(text)) return text;
  return Buffer.from(text, "utf8").toString("latin1");
}
