/** Numbers as drawings and files write them: rounded to what a pixel needs. */

/** `value` rounded to `decimals` places (one by default: a tenth of a pixel). */
export function roundTo(value: number, decimals = 1): number {
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale;
}
