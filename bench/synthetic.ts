/**
 * Synthetic datasets for benchmarks and scale stories: N partnerships spread over the
 * world's land-ish latitudes and M events over 1980-2030. Deterministic (a seeded
 * generator), so two runs measure the same data.
 */
import type { CooperationDataset, DatedEvent, Partnership } from '../src/data/schema.generated.js';

/** A small linear congruential generator: the same seed gives the same sequence. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const COUNTRIES = ['ML', 'SN', 'MA', 'DZ', 'TG', 'VN', 'KZ', 'GR', 'KE', 'TZ', 'JO', 'CD', 'GA', 'BF', 'CI', 'NG', 'MR', 'DJ'];
const STATUSES: Partnership['status'][] = ['active', 'active', 'active', 'planned', 'under-study', 'ended'];
const DOMAINS = ['cardiac-surgery', 'oncology', 'nursing', 'paediatrics', 'emergency-medicine', 'hospital-management'];
const KINDS: DatedEvent['kind'][] = ['agreement', 'visit', 'mission', 'caravan', 'training', 'congress'];

/** A dataset with `partnerships` partnerships and `events` events, for one home institution. */
export function syntheticDataset(partnerships: number, events: number, seed = 42): CooperationDataset {
  const random = seeded(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const pad = (n: number) => String(n).padStart(2, '0');
  const data: CooperationDataset = {
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
