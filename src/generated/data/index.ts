/* Generated from data/cooperation.json by scripts/build-data.mjs. Do not edit: change the
 * dataset and run `node scripts/build-data.mjs`. */
import type { Institution } from '../../data/schema.generated.js';

/** The bundled institutions, without their citations. */
export const institutions: readonly Institution[] = [{"id":"chu-angers","name":{"fr":"CHU d'Angers"},"shortName":{"fr":"CHU d'Angers"},"kind":"hospital","city":"Angers","country":"FR","lat":47.4736,"lon":-0.5542,"precision":"city","url":null},{"id":"aphp","name":{"fr":"Assistance Publique – Hôpitaux de Paris (AP-HP)"},"shortName":{"fr":"AP-HP"},"kind":"hospital","city":"Paris","country":"FR","lat":48.8566,"lon":2.3522,"precision":"city","url":null},{"id":"chu-clermont-ferrand","name":{"fr":"CHU de Clermont-Ferrand"},"shortName":{"fr":"CHU Clermont-Ferrand"},"kind":"hospital","city":"Clermont-Ferrand","country":"FR","lat":45.7772,"lon":3.087,"precision":"city","url":null},{"id":"institut-curie","name":{"fr":"Institut Curie"},"shortName":{"fr":"Institut Curie"},"kind":"hospital","city":"Paris","country":"FR","lat":48.8566,"lon":2.3522,"precision":"city","url":null},{"id":"chu-marrakech","name":{"fr":"CHU Mohammed VI de Marrakech"},"shortName":{"fr":"CHU Marrakech"},"kind":"hospital","city":"Marrakech","country":"MA","lat":31.6295,"lon":-7.9811,"precision":"city","url":null}];

/** What the views draw, per institution and language (texts in that language and French; see src/data/bundled.ts for the shape). */
export const coreParts: Readonly<Record<string, Readonly<Record<string, () => Promise<{ default: unknown }>>>>> = {
  "chu-angers": {
    fr: () => import('./core/chu-angers.fr.json'),
    en: () => import('./core/chu-angers.en.json'),
    ar: () => import('./core/chu-angers.ar.json'),
  },
  "aphp": {
    fr: () => import('./core/aphp.fr.json'),
    en: () => import('./core/aphp.en.json'),
    ar: () => import('./core/aphp.ar.json'),
  },
  "chu-clermont-ferrand": {
    fr: () => import('./core/chu-clermont-ferrand.fr.json'),
    en: () => import('./core/chu-clermont-ferrand.en.json'),
    ar: () => import('./core/chu-clermont-ferrand.ar.json'),
  },
  "institut-curie": {
    fr: () => import('./core/institut-curie.fr.json'),
    en: () => import('./core/institut-curie.en.json'),
    ar: () => import('./core/institut-curie.ar.json'),
  },
  "chu-marrakech": {
    fr: () => import('./core/chu-marrakech.fr.json'),
    en: () => import('./core/chu-marrakech.en.json'),
    ar: () => import('./core/chu-marrakech.ar.json'),
  },
};
