/**
 * A token shaped like a classic PAT (`ghp_` + 30 random base62 + 6-char CRC-32 checksum, UI
 * reference §10), so the result page looks as GitHub's does; the extension never reads it. GitHub
 * never issued it, so it grants nothing; it exists only inside one replica instance.
 */
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

function crc32(text: string): number {
  let crc = 0xffffffff;
  for (let index = 0; index < text.length; index++) {
    crc ^= text.charCodeAt(index);
    for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function base62(value: number): string {
  let out = '';
  do {
    out = BASE62[value % 62] + out;
    value = Math.floor(value / 62);
  } while (value > 0);
  return out;
}

function randomBase62(length: number, random: () => number): string {
  return Array.from({ length }, () => BASE62[Math.floor(random() * 62)]).join('');
}

export function fakeClassicToken(random: () => number = Math.random): string {
  const body = randomBase62(30, random);
  return `ghp_${body}${base62(crc32(body)).padStart(6, '0')}`;
}

/** Shaped like a fine-grained PAT: `github_pat_` + 22 + `_` + 59 base62 characters, 93 in all (UI reference §10). */
export function fakeFineGrainedToken(random: () => number = Math.random): string {
  return `github_pat_${randomBase62(22, random)}_${randomBase62(59, random)}`;
}
