/* Generated from data/cooperation.json by scripts/build-data.mjs. Do not edit: change the
 * dataset and run `node scripts/build-data.mjs`. */
import type { Institution } from '../../data/schema.generated.js';

/** The bundled institutions, without their citations. */
export const institutions: readonly Institution[] = [{"id":"chu-angers","name":{"fr":"CHU d'Angers","en":"Angers University Hospital (CHU d'Angers)","ar":"المركز الاستشفائي الجامعي لأنجيه"},"shortName":{"fr":"CHU d'Angers","en":"CHU Angers","ar":"المركز الاستشفائي الجامعي لأنجيه"},"kind":"hospital","city":"Angers","country":"FR","lat":47.4736,"lon":-0.5542,"precision":"city","url":null},{"id":"aphp","name":{"fr":"Assistance Publique – Hôpitaux de Paris (AP-HP)","en":"Assistance Publique – Hôpitaux de Paris (AP-HP, Paris public hospitals)","ar":"مؤسسة المساعدة العامة – مستشفيات باريس (AP-HP)"},"shortName":{"fr":"AP-HP","en":"AP-HP","ar":"مستشفيات باريس (AP-HP)"},"kind":"hospital","city":"Paris","country":"FR","lat":48.8566,"lon":2.3522,"precision":"city","url":null},{"id":"chu-clermont-ferrand","name":{"fr":"CHU de Clermont-Ferrand","en":"Clermont-Ferrand University Hospital (CHU de Clermont-Ferrand)","ar":"المركز الاستشفائي الجامعي لكليرمون فيران"},"shortName":{"fr":"CHU Clermont-Ferrand","en":"CHU Clermont-Ferrand","ar":"المركز الاستشفائي الجامعي كليرمون فيران"},"kind":"hospital","city":"Clermont-Ferrand","country":"FR","lat":45.7772,"lon":3.087,"precision":"city","url":null},{"id":"institut-curie","name":{"fr":"Institut Curie","en":"Institut Curie","ar":"معهد كوري"},"shortName":{"fr":"Institut Curie","en":"Institut Curie","ar":"معهد كوري"},"kind":"hospital","city":"Paris","country":"FR","lat":48.8566,"lon":2.3522,"precision":"city","url":null},{"id":"chu-marrakech","name":{"fr":"CHU Mohammed VI de Marrakech","en":"Mohammed VI University Hospital of Marrakech (CHU Mohammed VI de Marrakech)","ar":"المركز الاستشفائي الجامعي محمد السادس بمراكش"},"shortName":{"fr":"CHU Marrakech","en":"CHU Marrakech","ar":"المركز الاستشفائي الجامعي بمراكش"},"kind":"hospital","city":"Marrakech","country":"MA","lat":31.6295,"lon":-7.9811,"precision":"city","url":null}];

/** What the views draw, per institution (see src/data/bundled.ts for the shape). */
export const coreParts: Readonly<Record<string, () => Promise<{ default: unknown }>>> = {
  "chu-angers": () => import('./core/chu-angers.json'),
  "aphp": () => import('./core/aphp.json'),
  "chu-clermont-ferrand": () => import('./core/chu-clermont-ferrand.json'),
  "institut-curie": () => import('./core/institut-curie.json'),
  "chu-marrakech": () => import('./core/chu-marrakech.json'),
};
