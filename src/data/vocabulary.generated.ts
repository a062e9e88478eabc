/* Generated from data/cooperation.schema.json by scripts/schema-types.mjs. Do not edit:
 * change the schema and run `npm run gen:types`. */

export const PARTNERSHIP_STATUSES = ["active","planned","under-study","ended","unknown"] as const;
export const PARTNERSHIP_KINDS = ["partnership","research-funding","research-project","doctoral-programme","training-programme","network","patient-programme"] as const;
export const EVENT_STATUSES = ["done","planned"] as const;
export const EVENT_KINDS = ["agreement","visit","delegation","mission","caravan","training","congress","ceremony","exhibition","funding","start","context","other"] as const;
export const ACTIVITY_TYPES = ["training","surgical-mission","medical-caravan","convention","visit","congress","teaching","equipment","patient-transfer","patient-care","research","expertise","management-support","other"] as const;
export const PRECISIONS = ["site","city","region","country"] as const;
export const ORGANISATION_KINDS = ["hospital","university","research-centre","association","foundation","public-authority","network","other"] as const;
