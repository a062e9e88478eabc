/** Attribute values that list several things, as `class` does. */

/**
 * Splits an attribute value into tokens the way `class` is split: "chu-angers  aphp" gives
 * ["chu-angers", "aphp"]. Commas are accepted too, since editors type them. Returns null
 * for an absent or blank value, meaning "no filter".
 */
export function parseTokenList(value: string | null | undefined): string[] | null {
  const tokens = (value ?? '').split(/[\s,]+/).filter(Boolean);
  return tokens.length ? [...new Set(tokens)] : null;
}
