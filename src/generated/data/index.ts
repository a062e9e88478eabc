/* Generated from data/cooperation.json by scripts/build-data.mjs. Do not edit: change the
 * dataset and run `node scripts/build-data.mjs`. */
import type { Institution, LocalizedText } from '../../data/schema.generated.js';

/** The bundled institutions, without their citations. */
export const institutions: readonly Institution[] = [{"id":"chu-angers","name":{"fr":"CHU d'Angers","en":"Angers University Hospital (CHU d'Angers)"},"shortName":{"fr":"CHU d'Angers","en":"CHU Angers"},"kind":"hospital","city":"Angers","country":"FR","lat":47.4736,"lon":-0.5542,"precision":"city","url":null},{"id":"aphp","name":{"fr":"Assistance Publique – Hôpitaux de Paris (AP-HP)","en":"Assistance Publique – Hôpitaux de Paris (AP-HP, Paris public hospitals)"},"shortName":{"fr":"AP-HP","en":"AP-HP"},"kind":"hospital","city":"Paris","country":"FR","lat":48.8566,"lon":2.3522,"precision":"city","url":null},{"id":"chu-clermont-ferrand","name":{"fr":"CHU de Clermont-Ferrand","en":"Clermont-Ferrand University Hospital (CHU de Clermont-Ferrand)"},"shortName":{"fr":"CHU Clermont-Ferrand","en":"CHU Clermont-Ferrand"},"kind":"hospital","city":"Clermont-Ferrand","country":"FR","lat":45.7772,"lon":3.087,"precision":"city","url":null},{"id":"institut-curie","name":{"fr":"Institut Curie","en":"Institut Curie"},"shortName":{"fr":"Institut Curie","en":"Institut Curie"},"kind":"hospital","city":"Paris","country":"FR","lat":48.8566,"lon":2.3522,"precision":"city","url":null},{"id":"chu-marrakech","name":{"fr":"CHU Mohammed VI de Marrakech","en":"Mohammed VI University Hospital of Marrakech (CHU Mohammed VI de Marrakech)"},"shortName":{"fr":"CHU Marrakech","en":"CHU Marrakech"},"kind":"hospital","city":"Marrakech","country":"MA","lat":31.6295,"lon":-7.9811,"precision":"city","url":null}];

/** Labels of the bundled domain ids. */
export const domains: Readonly<Record<string, LocalizedText>> = {"cardiac-surgery":{"fr":"Chirurgie cardiaque","en":"Cardiac surgery"},"paediatric-neurosurgery":{"fr":"Neurochirurgie pédiatrique","en":"Paediatric neurosurgery"},"hospital-management":{"fr":"Gestion hospitalière","en":"Hospital management"},"nephrology":{"fr":"Néphrologie (dialyse)","en":"Nephrology (dialysis)"},"cardiology":{"fr":"Cardiologie","en":"Cardiology"},"radiology":{"fr":"Radiologie","en":"Radiology"},"biology":{"fr":"Biologie","en":"Laboratory medicine (biology)"},"reconstructive-gynaecological-surgery":{"fr":"Chirurgie gynécologique de la reconstruction","en":"Reconstructive gynaecological surgery"},"kidney-transplantation":{"fr":"Greffe rénale","en":"Kidney transplantation"},"paediatric-oncology":{"fr":"Oncologie pédiatrique","en":"Paediatric oncology"},"pathology":{"fr":"Anatomie et cytologie pathologiques","en":"Pathology"},"orthopaedic-traumatology":{"fr":"Orthopédie traumatologie","en":"Orthopaedics and traumatology"},"cardiovascular-surgery":{"fr":"Chirurgie cardiovasculaire","en":"Cardiovascular surgery"},"anaesthesia-intensive-care":{"fr":"Anesthésie-réanimation","en":"Anaesthesia and intensive care"},"medical-imaging":{"fr":"Imagerie médicale","en":"Medical imaging"},"nursing":{"fr":"Soins infirmiers","en":"Nursing"},"oncology":{"fr":"Cancérologie","en":"Oncology"},"uveal-melanoma":{"fr":"Mélanome de l'uvée","en":"Uveal melanoma"},"pain-management":{"fr":"Traitement de la douleur","en":"Pain management"},"palliative-care":{"fr":"Soins palliatifs","en":"Palliative care"},"patient-partnership":{"fr":"Patient-partenaire","en":"Patient partnership"},"quality-risk-management":{"fr":"Qualité et gestion des risques","en":"Quality and risk management"},"thoracic-surgery":{"fr":"Chirurgie thoracique","en":"Thoracic surgery"},"neurosurgery":{"fr":"Neurochirurgie","en":"Neurosurgery"},"orthopaedic-surgery":{"fr":"Chirurgie orthopédique","en":"Orthopaedic surgery"},"interventional-cardiology":{"fr":"Cardiologie interventionnelle","en":"Interventional cardiology"},"burns-plastic-surgery":{"fr":"Grands brûlés et chirurgie plastique","en":"Burns care and plastic surgery"},"assisted-reproduction":{"fr":"Procréation médicalement assistée","en":"Medically assisted reproduction"},"emergency-medicine":{"fr":"Médecine d'urgence","en":"Emergency medicine"}};

/** The home institution of each bundled partnership. */
export const institutionOf: Readonly<Record<string, string>> = {"angers-bamako-point-g":"chu-angers","angers-bamako-hopital-du-mali":"chu-angers","angers-djibouti-peltier":"chu-angers","angers-djibouti-specialties-under-study":"chu-angers","angers-panzi":"chu-angers","angers-tlemcen":"chu-angers","angers-lome":"chu-angers","aphp-kazakhstan-orthopaedic-trauma":"aphp","aphp-hegp-almaty-cardiology":"aphp","aphp-kazakhstan-pathology":"aphp","clermont-hanoi":"chu-clermont-ferrand","curie-international-patients":"institut-curie","curie-erc-grants":"institut-curie","curie-um-cure-2020":"institut-curie","curie-eureca":"institut-curie","curie-international-courses":"institut-curie","curie-thessaloniki-pain":"institut-curie","curie-kenya-palliative-care":"institut-curie","curie-tanzania-palliative-care":"institut-curie","curie-jordan-master-classes":"institut-curie","marrakech-nouakchott-cardiology":"chu-marrakech","marrakech-tombouctou-caravan":"chu-marrakech","marrakech-tombouctou-hospital":"chu-marrakech","marrakech-reshaoc":"chu-marrakech","marrakech-rdc-training":"chu-marrakech","marrakech-gabon-sylvia-bongo-foundation":"chu-marrakech","marrakech-ouagadougou-blaise-compaore":"chu-marrakech","marrakech-mali-open-heart":"chu-marrakech","marrakech-cote-divoire-emergency-training-centre":"chu-marrakech","marrakech-yopougon-quality-risk":"chu-marrakech","marrakech-zamfara-caravan":"chu-marrakech","marrakech-dakar-dalal-jamm":"chu-marrakech","marrakech-sokoto-usmanu-danfodiyo":"chu-marrakech"};

/** What the views draw, per institution (see src/data/bundled.ts for the shape). */
export const coreParts: Readonly<Record<string, () => Promise<unknown>>> = {
  "chu-angers": () => import('./core/chu-angers.json').then((m) => m.default as unknown),
  "aphp": () => import('./core/aphp.json').then((m) => m.default as unknown),
  "chu-clermont-ferrand": () => import('./core/chu-clermont-ferrand.json').then((m) => m.default as unknown),
  "institut-curie": () => import('./core/institut-curie.json').then((m) => m.default as unknown),
  "chu-marrakech": () => import('./core/chu-marrakech.json').then((m) => m.default as unknown),
};

/** What a card shows, per partnership (`@institution`: events without a partnership). */
export const detailParts: Readonly<Record<string, () => Promise<unknown>>> = {
  "angers-bamako-point-g": () => import('./details/angers-bamako-point-g.json').then((m) => m.default as unknown),
  "angers-bamako-hopital-du-mali": () => import('./details/angers-bamako-hopital-du-mali.json').then((m) => m.default as unknown),
  "angers-djibouti-peltier": () => import('./details/angers-djibouti-peltier.json').then((m) => m.default as unknown),
  "angers-djibouti-specialties-under-study": () => import('./details/angers-djibouti-specialties-under-study.json').then((m) => m.default as unknown),
  "angers-panzi": () => import('./details/angers-panzi.json').then((m) => m.default as unknown),
  "angers-tlemcen": () => import('./details/angers-tlemcen.json').then((m) => m.default as unknown),
  "angers-lome": () => import('./details/angers-lome.json').then((m) => m.default as unknown),
  "aphp-kazakhstan-orthopaedic-trauma": () => import('./details/aphp-kazakhstan-orthopaedic-trauma.json').then((m) => m.default as unknown),
  "aphp-hegp-almaty-cardiology": () => import('./details/aphp-hegp-almaty-cardiology.json').then((m) => m.default as unknown),
  "aphp-kazakhstan-pathology": () => import('./details/aphp-kazakhstan-pathology.json').then((m) => m.default as unknown),
  "clermont-hanoi": () => import('./details/clermont-hanoi.json').then((m) => m.default as unknown),
  "curie-international-patients": () => import('./details/curie-international-patients.json').then((m) => m.default as unknown),
  "curie-erc-grants": () => import('./details/curie-erc-grants.json').then((m) => m.default as unknown),
  "curie-um-cure-2020": () => import('./details/curie-um-cure-2020.json').then((m) => m.default as unknown),
  "curie-eureca": () => import('./details/curie-eureca.json').then((m) => m.default as unknown),
  "curie-international-courses": () => import('./details/curie-international-courses.json').then((m) => m.default as unknown),
  "curie-thessaloniki-pain": () => import('./details/curie-thessaloniki-pain.json').then((m) => m.default as unknown),
  "curie-kenya-palliative-care": () => import('./details/curie-kenya-palliative-care.json').then((m) => m.default as unknown),
  "curie-tanzania-palliative-care": () => import('./details/curie-tanzania-palliative-care.json').then((m) => m.default as unknown),
  "curie-jordan-master-classes": () => import('./details/curie-jordan-master-classes.json').then((m) => m.default as unknown),
  "marrakech-nouakchott-cardiology": () => import('./details/marrakech-nouakchott-cardiology.json').then((m) => m.default as unknown),
  "marrakech-tombouctou-caravan": () => import('./details/marrakech-tombouctou-caravan.json').then((m) => m.default as unknown),
  "marrakech-tombouctou-hospital": () => import('./details/marrakech-tombouctou-hospital.json').then((m) => m.default as unknown),
  "marrakech-reshaoc": () => import('./details/marrakech-reshaoc.json').then((m) => m.default as unknown),
  "marrakech-rdc-training": () => import('./details/marrakech-rdc-training.json').then((m) => m.default as unknown),
  "marrakech-gabon-sylvia-bongo-foundation": () => import('./details/marrakech-gabon-sylvia-bongo-foundation.json').then((m) => m.default as unknown),
  "marrakech-ouagadougou-blaise-compaore": () => import('./details/marrakech-ouagadougou-blaise-compaore.json').then((m) => m.default as unknown),
  "marrakech-mali-open-heart": () => import('./details/marrakech-mali-open-heart.json').then((m) => m.default as unknown),
  "marrakech-cote-divoire-emergency-training-centre": () => import('./details/marrakech-cote-divoire-emergency-training-centre.json').then((m) => m.default as unknown),
  "marrakech-yopougon-quality-risk": () => import('./details/marrakech-yopougon-quality-risk.json').then((m) => m.default as unknown),
  "marrakech-zamfara-caravan": () => import('./details/marrakech-zamfara-caravan.json').then((m) => m.default as unknown),
  "marrakech-dakar-dalal-jamm": () => import('./details/marrakech-dakar-dalal-jamm.json').then((m) => m.default as unknown),
  "marrakech-sokoto-usmanu-danfodiyo": () => import('./details/marrakech-sokoto-usmanu-danfodiyo.json').then((m) => m.default as unknown),
  "@aphp": () => import('./details/@aphp.json').then((m) => m.default as unknown),
  "@chu-clermont-ferrand": () => import('./details/@chu-clermont-ferrand.json').then((m) => m.default as unknown),
};
