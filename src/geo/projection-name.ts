/** The projections the map's `projection` attribute accepts; Equal Earth is the default. */
export const PROJECTIONS = ['equal-earth', 'natural-earth', 'mercator'] as const;
export type ProjectionName = (typeof PROJECTIONS)[number];

/** Reads an attribute value as a projection name; anything else gives the default. */
export function projectionName(value: string | null | undefined): ProjectionName {
  return (PROJECTIONS as readonly string[]).includes(value ?? '') ? (value as ProjectionName) : 'equal-earth';
}
