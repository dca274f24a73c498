// Named parameters of an SQL text (@name, :name, $name), found by a small scanner that skips
// string literals, quoted identifiers and comments. better-sqlite3 needs every named parameter
// to have a value, so unbound ones are passed as NULL — what SQLite does for unbound parameters.

export function namedParameters(sql: string): string[] {
  const names: string[] = [];
  let i = 0;
  while (i < sql.length) {
    const ch = sql[i]!;
    if (ch === "'" || ch === '"' || ch === "`") {
      const end = sql.indexOf(ch, i + 1);
      i = end < 0 ? sql.length : end + 1;
    } else if (ch === "[") {
      const end = sql.indexOf("]", i + 1);
      i = end < 0 ? sql.length : end + 1;
    } else if (ch === "-" && sql[i + 1] === "-") {
      const end = sql.indexOf("\n", i);
      i = end < 0 ? sql.length : end + 1;
    } else if (ch === "/" && sql[i + 1] === "*") {
      const end = sql.indexOf("*/", i + 2);
      i = end < 0 ? sql.length : end + 2;
    } else if (ch === "@" || ch === ":" || ch === "$") {
      const m = /^[A-Za-z0-9_]+/.exec(sql.slice(i + 1));
      if (m) {
        const name = ch + m[0];
        if (!names.includes(name)) names.push(name);
        i += name.length;
      } else {
        i++;
      }
    } else {
      i++;
    }
  }
  return names;
}
