// du's numbers on Solaris 11 (usr/src/cmd/du/du.c printsize()): 512-byte blocks; -k and -m shift
// the count down (kb(n) = n >> 1, mb(n) = n >> 11: truncated, unlike AIX's rounding); -h is
// number_to_scaled_string(blocks, 512, 1024): K, M, G … with one decimal below 10, "%4.1f%c" or
// "%4llu%c" (so at least four characters before the unit).
import { cFixed } from "../../userland/common/cformat.js";
import type { DuUnit } from "../../userland/formats.js";

const UNITS = "KMGTPE";

/** number_to_scaled_string(): bytes of `unitFrom` each, scaled by 1024 */
export function scaledSize(count: number, unitFrom: number, scale = 1024): string {
  let n = BigInt(count);
  const big = BigInt(scale);
  // du.c divides first when the number is large, to keep from overflowing
  n = n >= 100n * big ? (n / big) * BigInt(unitFrom) : (n * BigInt(unitFrom)) / big;
  let u = 0;
  let save = 0n;
  while (n >= big && UNITS[u] !== "E") {
    u++;
    save = n;
    n = (n + big / 2n) / big;
  }
  if (save !== 0n && save / big < 10n) return cFixed(Number(save) / scale, 1).padStart(4) + UNITS[u];
  return String(n).padStart(4) + UNITS[u];
}

export function solarisDuSize(blocks: number, unit: DuUnit): string {
  if (unit === "h") return scaledSize(blocks, 512);
  if (unit === "k") return String(Math.floor(blocks / 2));
  if (unit === "m") return String(Math.floor(blocks / 2048));
  return String(blocks);
}
