/**
 * Where a country is, for a partner whose coordinates cannot be read: a point inside it
 * (scripts/build-country-positions.mjs), shown at the country's level (`precision:
 * country`, a dashed area on the map), never as a precise place.
 */
import { COUNTRY_POSITIONS } from './country-positions.generated.js';

let positions: Map<string, [number, number]> | null = null;

/** [latitude, longitude] inside the country with ISO code `code`, or null when unknown. */
export function countryPosition(code: unknown): [number, number] | null {
  if (typeof code !== 'string') return null;
  positions ??= new Map(
    COUNTRY_POSITIONS.split(';').map((entry) => {
      const [lat, lon] = entry.slice(2).split(',').map(Number);
      return [entry.slice(0, 2), [lat, lon]];
    }),
  );
  return positions.get(code) ?? null;
}

let codesByName: Map<string, string> | null = null;

/**
 * The ISO code of a country written by its name in French, English or Arabic ("Algérie",
 * "Benin", "الجزائر"), as `Intl` names it; null when no country has that name.
 */
export function countryCode(name: string, fold: (text: string) => string): string | null {
  if (!codesByName) {
    codesByName = new Map();
    countryPosition('');
    for (const locale of ['fr', 'en', 'ar']) {
      let names: Intl.DisplayNames;
      try {
        names = new Intl.DisplayNames([locale], { type: 'region' });
      } catch {
        continue;
      }
      for (const code of positions!.keys()) {
        const written = names.of(code);
        if (written && written !== code) codesByName.set(fold(written), code);
      }
    }
  }
  return codesByName.get(fold(name)) ?? null;
}
