import { stackLane, timeScale, unitForScale, type TimelineItem } from '../src/components/coop-timeline/timeline-layout.js';
const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);
const DAY = 86400000;
it('dbg', () => {
  const items: TimelineItem[] = Array.from({ length: 15 }, (_, i) => ({ key: `e${i}`, start: utc(2016) + i * 24 * DAY, end: utc(2016) + (i * 24 + 1) * DAY, labelWidth: 150 }));
  const domain = { start: utc(2000), end: utc(2030) };
  for (const k of [200, 12]) {
  const scale = timeScale(domain, 1000, k);
  const unit = unitForScale((1000 * k) / (domain.end - domain.start));
  const r = stackLane(items, (t) => scale(t), unit, 3);
  console.log(k, unit.name, JSON.stringify(r.entries.map(e => [e.type, e.key, Math.round(e.x), Math.round(e.width), e.row])));
  }
});
