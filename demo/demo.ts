/**
 * The demo page (`index.html`): a hospital's "Relations internationales" page with the
 * elements linked on the bundled data, an institution switcher and a language switch.
 *
 * The page language lives in `<html lang>` (and `dir`), as in a CMS page: the elements
 * follow it on their own. `?lang=en` opens the page in English; the selection lives in the
 * hash (`#coop=angers-tlemcen`, kept by the map's `url-hash`).
 */
import '../src/map.js';
import '../src/timeline.js';
import '../src/card.js';
import { loadSharedDataset } from '../src/data/load.js';
import { resolveText } from '../src/data/localized-text.js';
import type { Dataset } from '../src/data/dataset.js';
import { CoopSelectEvent } from '../src/events/coop-select.js';

type Language = 'fr' | 'en' | 'ar';

const LANGUAGES: readonly Language[] = ['fr', 'en', 'ar'];

/** The page's own words (the elements translate theirs). French is what index.html holds. */
const PAGE_TEXT: Record<Language, Record<string, string>> = {
  fr: {
    documentTitle: 'Relations internationales — CHU',
    skip: 'Aller au contenu',
    siteName: 'CHU — Relations internationales',
    language: 'Langue de la page',
    eyebrow: "L'hôpital · International",
    title: 'Relations internationales',
    intro:
      "Le CHU coopère avec des hôpitaux et des universités d'autres pays : formation des équipes, missions de soins, recherche, appui à la gestion hospitalière. Cette page présente ces partenariats à partir des documents publiés par les établissements ; chaque fait renvoie à sa source.",
    institution: 'Établissement présenté',
    demoNote: 'Page de démonstration : les données des cinq établissements sont fournies avec les composants.',
    partnersTitle: 'Nos partenaires dans le monde',
    partnersHint:
      "Choisissez un partenaire sur la carte (clic, ou Tab puis Entrée) : sa fiche s'affiche, la chronologie met en évidence ses événements, et l'adresse de la page permet de la partager.",
    timelineTitle: 'Chronologie de nos coopérations',
    cardsTitle: 'Tous nos partenariats',
    footer:
      "Page de démonstration de coop-widgets. Les données viennent des documents publics des établissements cités ; aucune donnée n'est envoyée à un tiers, aucun cookie n'est déposé.",
  },
  en: {
    documentTitle: 'International relations — CHU',
    skip: 'Skip to content',
    siteName: 'CHU — International relations',
    language: 'Page language',
    eyebrow: 'The hospital · International',
    title: 'International relations',
    intro:
      'The hospital works with hospitals and universities in other countries: training of staff, care missions, research, support for hospital management. This page shows these partnerships from the documents the institutions published; every fact links to its source.',
    institution: 'Institution shown',
    demoNote: 'Demo page: the data of the five institutions comes with the components.',
    partnersTitle: 'Our partners around the world',
    partnersHint:
      'Choose a partner on the map (click, or Tab then Enter): its card appears, the timeline highlights its events, and the page address lets you share it.',
    timelineTitle: 'Timeline of our cooperation',
    cardsTitle: 'All our partnerships',
    footer:
      'Demo page of coop-widgets. The data comes from the public documents of the institutions named; no data is sent to any third party, no cookie is set.',
  },
  ar: {
    documentTitle: 'العلاقات الدولية — CHU',
    skip: 'الانتقال إلى المحتوى',
    siteName: 'CHU — العلاقات الدولية',
    language: 'لغة الصفحة',
    eyebrow: 'المستشفى · الشؤون الدولية',
    title: 'العلاقات الدولية',
    intro:
      'يتعاون المركز الاستشفائي الجامعي مع مستشفيات وجامعات في بلدان أخرى: تكوين الفرق، وبعثات العلاج، والبحث العلمي، ودعم التسيير الاستشفائي. تعرض هذه الصفحة هذه الشراكات انطلاقًا من الوثائق التي نشرتها المؤسسات، وكل معلومة تحيل إلى مصدرها.',
    institution: 'المؤسسة المعروضة',
    demoNote: 'صفحة تجريبية: بيانات المؤسسات الخمس مرفقة بالمكوّنات.',
    partnersTitle: 'شركاؤنا حول العالم',
    partnersHint:
      'اختر شريكًا على الخريطة (بالنقر، أو بمفتاح Tab ثم Enter): تظهر بطاقته، ويُبرز التسلسل الزمني أحداثه، ويتيح عنوان الصفحة مشاركته.',
    timelineTitle: 'التسلسل الزمني لتعاوننا',
    cardsTitle: 'جميع شراكاتنا',
    footer:
      'صفحة تجريبية لـ coop-widgets. البيانات مأخوذة من الوثائق العمومية للمؤسسات المذكورة؛ لا تُرسَل أي بيانات إلى طرف ثالث، ولا تُستعمل أي ملفات تعريف الارتباط.',
  },
};

const root = document.documentElement;
const institutionSelect = document.querySelector<HTMLSelectElement>('#institution')!;
const languageButtons = [...document.querySelectorAll<HTMLButtonElement>('.lang-switch [data-lang]')];
/** The elements that take an `institution`; the card follows the selection instead. */
const institutionElements = () => [...document.querySelectorAll<HTMLElement>('coop-map, coop-timeline, coop-cards')];

let dataset: Dataset | null = null;

function isLanguage(value: string | null): value is Language {
  return (LANGUAGES as readonly string[]).includes(value ?? '');
}

function setLanguage(language: Language): void {
  root.lang = language;
  root.dir = language === 'ar' ? 'rtl' : 'ltr';
  const words = PAGE_TEXT[language];
  document.title = words.documentTitle;
  for (const node of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const text = words[node.dataset.i18n!];
    if (text) node.textContent = text;
  }
  for (const button of languageButtons) button.setAttribute('aria-pressed', String(button.dataset.lang === language));
  labelInstitutions();
  // Kept in the address (not in storage: the page stores nothing) so a shared link keeps the language.
  const url = new URL(location.href);
  if (language === 'fr') url.searchParams.delete('lang');
  else url.searchParams.set('lang', language);
  if (url.href !== location.href) history.replaceState(history.state, '', url);
}

/** Names the switcher's institutions in the page language (the data has French and English names). */
function labelInstitutions(): void {
  if (!dataset) return;
  for (const option of institutionSelect.options) {
    const institution = dataset.institutionById.get(option.value);
    if (!institution) continue;
    const name = resolveText(institution.name, root.lang);
    option.textContent = name.text;
    // Arabic names fall back to French: mark it, for screen readers' pronunciation.
    if (name.lang === root.lang) option.removeAttribute('lang');
    else option.lang = name.lang;
  }
}

function showInstitution(id: string): void {
  if (institutionSelect.value !== id) institutionSelect.value = id;
  for (const element of institutionElements()) element.setAttribute('institution', id);
}

function institutionOf(partnershipId: string | null | undefined): string | null {
  return (partnershipId && dataset?.partnershipById.get(partnershipId)?.institution) || null;
}

institutionSelect.addEventListener('change', () => {
  const id = institutionSelect.value;
  showInstitution(id);
  // A selection from another institution would leave the card on a partner the map no longer shows.
  const map = document.querySelector('coop-map');
  const selected = map?.getAttribute('selected');
  if (map && selected && institutionOf(selected) !== id) {
    map.removeAttribute('selected');
    // As a user clearing it would: the group follows and the address drops `#coop=…`.
    map.dispatchEvent(new CoopSelectEvent({ partnershipId: null }));
  }
});

// A selection from elsewhere (a shared link, Back/Forward) brings its institution along.
document.addEventListener('coop-select', (event) => {
  const owner = institutionOf(event.detail.partnershipId);
  if (owner && owner !== institutionSelect.value) showInstitution(owner);
});

for (const button of languageButtons) {
  button.addEventListener('click', () => {
    const language = button.dataset.lang ?? null;
    if (isLanguage(language)) setLanguage(language);
  });
}

const requested = new URL(location.href).searchParams.get('lang');
setLanguage(isLanguage(requested) ? requested : 'fr');

// The same load the elements share: no second parse of the data.
void loadSharedDataset().then((result) => {
  if (result.status !== 'loaded') return;
  dataset = result.dataset;
  labelInstitutions();
  const fromLink = institutionOf(document.querySelector('coop-map')?.getAttribute('selected'));
  if (fromLink && fromLink !== institutionSelect.value) showInstitution(fromLink);
});
