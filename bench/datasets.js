/**
 * The bench's generated datasets, in our schema (data/cooperation.schema.json): deterministic
 * (a seeded generator), so two runs measure the same data. Plain JavaScript without Node's
 * modules, so that the bench (bench/synthetic.mjs, in Node) and the tests and stories (in the
 * browser, typed through the JSDoc below) share one generator.
 */

/** A small linear congruential generator: the same seed gives the same sequence. */
export function seeded(seed) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const COUNTRIES = ['ML', 'SN', 'MA', 'DZ', 'TG', 'VN', 'KZ', 'GR', 'KE', 'TZ', 'JO', 'CD', 'GA', 'BF', 'CI', 'NG', 'MR', 'DJ'];
const STATUSES = ['active', 'active', 'active', 'planned', 'under-study', 'ended'];
const DOMAINS = ['cardiac-surgery', 'oncology', 'nursing', 'paediatrics', 'emergency-medicine', 'hospital-management'];
const KINDS = ['agreement', 'visit', 'mission', 'caravan', 'training', 'congress'];
const pad = (n) => String(n).padStart(2, '0');

/**
 * A dataset with `partnerships` partnerships spread over the world's land-ish latitudes and
 * `events` events over 1980-2030, for one home institution.
 * @param {number} partnerships
 * @param {number} events
 * @param {number} [seed]
 * @returns {import('../src/data/schema.generated.js').CooperationDataset}
 */
export function syntheticDataset(partnerships, events, seed = 42) {
  const random = seeded(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const data = {
    version: 1,
    institutions: [{ id: 'synthetic', name: { fr: 'CHU Synthétique', en: 'Synthetic University Hospital' }, kind: 'hospital', city: 'Angers', country: 'FR', lat: 47.47, lon: -0.55, precision: 'city' }],
    partnerships: [],
    events: [],
  };
  for (let i = 0; i < partnerships; i++) {
    const year = 1980 + Math.floor(random() * 45);
    data.partnerships.push({
      id: `p-${i}`,
      institution: 'synthetic',
      kind: 'partnership',
      title: { fr: `Partenariat ${i}`, en: `Partnership ${i}` },
      partners: [
        {
          name: { fr: `Hôpital ${i}` },
          kind: 'hospital',
          city: `Ville ${i % 700}`,
          country: pick(COUNTRIES),
          lat: Math.round((random() * 120 - 50) * 1000) / 1000,
          lon: Math.round((random() * 340 - 170) * 1000) / 1000,
          precision: random() < 0.8 ? 'city' : 'country',
        },
      ],
      status: pick(STATUSES),
      since: { start: random() < 0.5 ? String(year) : `${year}-${pad(1 + Math.floor(random() * 12))}` },
      domains: [pick(DOMAINS)],
    });
  }
  for (let i = 0; i < events; i++) {
    const year = 1980 + Math.floor(random() * 50);
    const month = 1 + Math.floor(random() * 12);
    const precision = random();
    const start = precision < 0.3 ? String(year) : precision < 0.6 ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(1 + Math.floor(random() * 28))}`;
    data.events.push({
      id: `e-${i}`,
      institution: 'synthetic',
      partnership: partnerships ? `p-${Math.floor(random() * partnerships)}` : null,
      date: { start },
      status: year > 2025 ? 'planned' : 'done',
      kind: pick(KINDS),
      title: { fr: `Événement ${i}`, en: `Event ${i}` },
    });
  }
  return data;
}

/** The atlas' institution ids: `atlas-01` … `atlas-32`. */
export const atlasInstitutionId = (i) => `atlas-${pad(i + 1)}`;

/**
 * A national atlas: `institutions` homes spread over metropolitan France, `partnerships`
 * partnerships shared unevenly among them (the first ones are the big university
 * hospitals), with one to three partners each, and `events` events, each in one of its
 * institution's partnerships. Deterministic.
 */
/**
 * @param {{ institutions?: number, partnerships?: number, events?: number, seed?: number }} [options]
 * @returns {import('../src/data/schema.generated.js').CooperationDataset}
 */
export function atlasDataset({ institutions = 32, partnerships = 3000, events = 8000, seed = 7 } = {}) {
  const random = seeded(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const round = (x) => Math.round(x * 1000) / 1000;
  const data = { version: 1, institutions: [], partnerships: [], events: [] };
  for (let i = 0; i < institutions; i++) {
    data.institutions.push({
      id: atlasInstitutionId(i),
      name: { fr: `CHU Atlas ${pad(i + 1)}`, en: `Atlas University Hospital ${pad(i + 1)}` },
      kind: 'hospital',
      city: `Ville ${pad(i + 1)}`,
      country: 'FR',
      lat: round(43.3 + random() * 7.5),
      lon: round(-1.5 + random() * 9),
      precision: 'city',
    });
  }
  // Uneven shares: weight 1/sqrt(rank), so atlas-01 has about 5.7 times atlas-32's partnerships.
  const weights = data.institutions.map((_, i) => 1 / Math.sqrt(i + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const homeOf = (r) => {
    let x = r * total;
    for (let i = 0; i < weights.length; i++) if ((x -= weights[i]) < 0) return i;
    return weights.length - 1;
  };
  const byInstitution = data.institutions.map(() => []);
  for (let i = 0; i < partnerships; i++) {
    const home = homeOf(random());
    const year = 1980 + Math.floor(random() * 45);
    const partners = [];
    const n = random() < 0.8 ? 1 : random() < 0.7 ? 2 : 3;
    for (let j = 0; j < n; j++) {
      const located = random() < 0.85;
      partners.push({
        name: { fr: `Hôpital partenaire ${i}-${j}` },
        kind: pick(['hospital', 'hospital', 'university']),
        city: located ? `Ville ${i % 900}` : null,
        country: pick(COUNTRIES),
        lat: round(random() * 120 - 50),
        lon: round(random() * 340 - 170),
        precision: located ? 'city' : 'country',
      });
    }
    const id = `atlas-p-${i}`;
    byInstitution[home].push(id);
    data.partnerships.push({
      id,
      institution: data.institutions[home].id,
      kind: 'partnership',
      title: { fr: `Partenariat ${i}`, en: `Partnership ${i}` },
      partners,
      status: pick(STATUSES),
      since: { start: random() < 0.5 ? String(year) : `${year}-${pad(1 + Math.floor(random() * 12))}` },
      domains: [pick(DOMAINS), ...(random() < 0.3 ? [pick(DOMAINS)] : [])].filter((d, k, all) => all.indexOf(d) === k),
    });
  }
  for (let i = 0; i < events; i++) {
    let home = homeOf(random());
    while (!byInstitution[home].length) home = (home + 1) % institutions;
    const year = 1980 + Math.floor(random() * 50);
    const month = 1 + Math.floor(random() * 12);
    const p = random();
    const start = p < 0.3 ? String(year) : p < 0.6 ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(1 + Math.floor(random() * 28))}`;
    const date = { start };
    if (random() < 0.1) date.end = String(Math.min(year + 1 + Math.floor(random() * 3), 2030));
    else if (p < 0.3 && random() < 0.2) date.part = pick(['early', 'mid', 'late']);
    data.events.push({
      id: `atlas-e-${i}`,
      institution: data.institutions[home].id,
      partnership: pick(byInstitution[home]),
      date,
      status: year > 2025 ? 'planned' : 'done',
      kind: pick(KINDS),
      title: { fr: `Événement ${i}`, en: `Event ${i}` },
      ...(random() < 0.5 ? { description: { fr: `Description de l'événement ${i} : mission, formation ou visite.` } } : {}),
    });
  }
  return data;
}
