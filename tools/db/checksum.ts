// A migration's checksum: sha256 (hex) of its text with CRLF turned into LF, so a checkout
// with Windows line endings does not look like a changed migration.
import { createHash } from "node:crypto";

export function migrationChecksum(text: string): string {
  return createHash("sha256").update(text.replace(/\r\n/g, "\n"), "utf8").digest("hex");
}
