// XXH32 (seed 0) over a string's bytes, and the value the compiler gives a `case "text":` label:
// XXH32(text) XOR XXH32(""), so that `case "":` equals `case 0:`.

const P1 = 0x9e3779b1;
const P2 = 0x85ebca77;
const P3 = 0xc2b2ae3d;
const P4 = 0x27d4eb2f;
const P5 = 0x165667b1;

function rotl(x: number, r: number): number {
  return (x << r) | (x >>> (32 - r));
}

function round(acc: number, lane: number): number {
  return Math.imul(rotl((acc + Math.imul(lane, P2)) | 0, 13), P1);
}

function lane32(b: Uint8Array, i: number): number {
  return b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24);
}

/** XXH32 of a byte array; returns an unsigned 32-bit value. */
export function xxh32(bytes: Uint8Array, seed = 0): number {
  const len = bytes.length;
  let i = 0;
  let h: number;
  if (len >= 16) {
    let v1 = (seed + P1 + P2) | 0;
    let v2 = (seed + P2) | 0;
    let v3 = seed | 0;
    let v4 = (seed - P1) | 0;
    for (; i + 16 <= len; i += 16) {
      v1 = round(v1, lane32(bytes, i));
      v2 = round(v2, lane32(bytes, i + 4));
      v3 = round(v3, lane32(bytes, i + 8));
      v4 = round(v4, lane32(bytes, i + 12));
    }
    h = (rotl(v1, 1) + rotl(v2, 7) + rotl(v3, 12) + rotl(v4, 18)) | 0;
  } else {
    h = (seed + P5) | 0;
  }
  h = (h + len) | 0;
  for (; i + 4 <= len; i += 4) {
    h = Math.imul(rotl((h + Math.imul(lane32(bytes, i), P3)) | 0, 17), P4);
  }
  for (; i < len; i++) {
    h = Math.imul(rotl((h + Math.imul(bytes[i], P5)) | 0, 11), P1);
  }
  h ^= h >>> 15;
  h = Math.imul(h, P2);
  h ^= h >>> 13;
  h = Math.imul(h, P3);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * The bytes of an NWScript string. Files are read as Latin-1, so each char is one byte; a char
 * above 255 (only possible in text handed to checkSource) is encoded as UTF-8.
 */
export function stringBytes(s: string): Uint8Array {
  let wide = false;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 255) wide = true;
  if (wide) return new TextEncoder().encode(s);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

const EMPTY_HASH = xxh32(new Uint8Array(0));

/** The int32 value of `case "text":`. */
export function caseStringValue(text: string): number {
  return (xxh32(stringBytes(text)) ^ EMPTY_HASH) | 0;
}
