/**
 * Data-layer figures, measured in Chromium on the production build: reading the bundled
 * dataset, and reading large synthetic ones as JSON and as CSV (parse, validate,
 * normalise), then querying them. Median of several runs; printed by `npm run bench`.
 */
import { loadDataset, readText } from '../src/data/load.js';
import { eventsMatching, partnershipsMatching } from '../src/data/query.js';
import { report, time } from './measure.js';
import { syntheticDataset } from './synthetic.js';

const large = syntheticDataset(5_000, 10_000);
const json = JSON.stringify(large);
const csvHeader = 'type;id;institution;partnership;title_fr;partner_fr;city;country;lat;lon;precision;status;since;date;domains';
const csv = [
  csvHeader,
  ...large.institutions.map((i) => `institution;${i.id};;;${i.name.fr};;${i.city};${i.country};${i.lat};${i.lon};city;;;;`),
  ...large.partnerships.map((p) => {
    const x = p.partners[0];
    return `partnership;${p.id};${p.institution};;${p.title.fr};${x.name!.fr};${x.city};${x.country};${String(x.lat).replace('.', ',')};${String(x.lon).replace('.', ',')};${x.precision};${p.status};${p.since!.start};;${p.domains.join('|')}`;
  }),
  ...large.events.map((e) => `event;${e.id};${e.institution};${e.partnership};${e.title.fr};;;;;;;${e.status};;${e.date.start};`),
].join('\r\n');

const rows = [
  await time('bundled dataset: load + validate + normalise', () => loadDataset()),
  await time('5,000 partnerships + 10,000 events, JSON: parse + validate + normalise', () => readText(json)),
  await time('5,000 partnerships + 10,000 events, CSV (;): parse + validate + normalise', () => readText(csv)),
];
const result = readText(json);
if (result.status === 'loaded') {
  const dataset = result.dataset;
  rows.push(await time('query 5,000 partnerships by country + status', () => partnershipsMatching(dataset, { countries: ['ML', 'VN'], statuses: ['active'] })));
  rows.push(await time('search 10,000 events for "événement 99"', () => eventsMatching(dataset, { text: 'événement 99' })));
}
report('data', rows, { jsonBytes: json.length, csvBytes: csv.length });
