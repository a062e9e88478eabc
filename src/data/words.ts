/**
 * The words a spreadsheet may use for the data's codes and columns, as a French office
 * writes them: the ids themselves ("active"), the words the elements display in French,
 * English and Arabic ("En cours", "Active", "قيد التنفيذ"), and a few synonyms editors
 * type ("actif", "terminée", "ville"). Compared without case, accents, apostrophe styles,
 * spaces, hyphens or underscores: "à l'étude", "A l’etude" and "under-study" all read as
 * `under-study`. Only the file reader loads this module (a page with `src`, the check page,
 * the command line). test/words.test.ts checks that every label the elements show is here.
 */
import { foldForSearch } from './query.js';

/** A cell or header folded for comparison: lower case, no accents, apostrophes, hyphens and underscores as single spaces. */
export function foldWord(text: string): string {
  return foldForSearch(text)
    .replace(/['’‘`´\s_\-.]+/g, ' ')
    .trim();
}

type Words = Readonly<Record<string, readonly string[]>>;

/** The enumerations a cell may name in words, by the schema's field. */
export const WORDS = {
  partnershipStatus: {
    active: ['en cours', 'actif', 'active', 'ongoing', 'in progress', 'current', 'قيد التنفيذ'],
    planned: ['en projet', 'prévu', 'prévue', 'planifié', 'planifiée', 'projet', 'planned', 'قيد الإعداد'],
    'under-study': ["à l'étude", 'en étude', 'étude', 'envisagé', 'envisagée', 'under study', 'being considered', 'قيد الدراسة'],
    ended: ['terminé', 'terminée', 'fini', 'finie', 'achevé', 'achevée', 'clos', 'close', 'ended', 'finished', 'closed', 'منتهية'],
    unknown: ['statut inconnu', 'inconnu', 'inconnue', 'non précisé', 'unknown status', 'unknown', 'حالة غير معروفة'],
  },
  eventStatus: {
    done: ['réalisé', 'réalisée', 'fait', 'faite', 'eu lieu', 'passé', 'done', 'completed', 'held', 'مُنجَز'],
    planned: ['prévu', 'prévue', 'planifié', 'planifiée', 'à venir', 'en projet', 'planned', 'upcoming', 'مُقرَّر'],
  },
  partnershipKind: {
    partnership: ['partenariat', 'partnership', 'شراكة'],
    'research-funding': ['financement de recherche', 'research funding', 'تمويل البحث العلمي'],
    'research-project': ['projet de recherche', 'research project', 'مشروع بحث علمي'],
    'doctoral-programme': ['programme doctoral', 'doctoral programme', 'doctoral program', 'برنامج الدكتوراه'],
    'training-programme': ['programme de formation', 'training programme', 'training program', 'برنامج تكوين'],
    network: ['réseau', 'network', 'شبكة'],
    'patient-programme': ['accueil de patients', 'patient programme', 'receiving patients', 'استقبال المرضى'],
  },
  eventKind: {
    agreement: ['accord, convention', 'accord', 'convention', 'signature', 'agreement', 'اتفاق، اتفاقية', 'اتفاق', 'اتفاقية'],
    visit: ['visite', 'visit', 'زيارة'],
    delegation: ['délégation', 'delegation', 'وفد'],
    mission: ['mission', 'بعثة'],
    caravan: ['caravane médicale', 'caravane', 'medical caravan', 'caravan', 'قافلة طبية'],
    training: ['formation', 'training', 'تكوين'],
    congress: ['congrès, rencontre', 'congrès', 'rencontre', 'colloque', 'conference, meeting', 'conference', 'meeting', 'congress', 'مؤتمر، لقاء', 'مؤتمر', 'لقاء'],
    ceremony: ['cérémonie', 'ceremony', 'حفل'],
    exhibition: ['exposition', 'exhibition', 'معرض'],
    funding: ['financement', 'funding', 'تمويل'],
    start: ['début', 'lancement', 'start', 'launch', 'انطلاق'],
    context: ['contexte', 'context', 'سياق'],
    other: ['autre', 'other', 'أخرى'],
  },
  precision: {
    site: ['site', 'adresse', 'address'],
    city: ['ville', 'commune', 'city', 'town'],
    region: ['région', 'province', 'état', 'gouvernorat', 'wilaya', 'region', 'state'],
    country: ['pays', 'country'],
  },
  organisationKind: {
    hospital: ['hôpital', 'chu', 'clinique', 'hospital'],
    university: ['université', 'faculté', 'university'],
    'research-centre': ['centre de recherche', 'institut de recherche', 'research centre', 'research center'],
    association: ['association', 'ong', 'ngo'],
    foundation: ['fondation', 'foundation'],
    'public-authority': ['autorité publique', 'ministère', 'administration', 'public authority', 'ministry'],
    network: ['réseau', 'network'],
    other: ['autre', 'other'],
  },
  part: {
    early: ['début', 'early'],
    mid: ['mi', 'milieu', 'mid', 'middle'],
    late: ['fin', 'late', 'end'],
  },
  rowType: {
    institution: ['institution', 'établissement'],
    partnership: ['partnership', 'partenariat'],
    event: ['event', 'événement', 'évènement'],
    domain: ['domain', 'domaine'],
  },
} satisfies Record<string, Words>;

export type WordField = keyof typeof WORDS;

/** The CSV columns, by their English name, with the French names they may take. */
export const COLUMN_NAMES: Readonly<Record<string, readonly string[]>> = {
  type: ['type'],
  id: ['identifiant'],
  institution: ['établissement'],
  partnership: ['partenariat'],
  title_fr: ['titre_fr'],
  title_en: ['titre_en'],
  title_ar: ['titre_ar'],
  summary_fr: ['résumé_fr', 'description_fr'],
  summary_en: ['résumé_en', 'description_en'],
  summary_ar: ['résumé_ar', 'description_ar'],
  partner_fr: ['partenaire_fr'],
  partner_en: ['partenaire_en'],
  partner_ar: ['partenaire_ar'],
  partner_kind: ['type_partenaire'],
  city: ['ville'],
  region: ['région'],
  country: ['pays'],
  lat: ['latitude'],
  lon: ['longitude', 'lng'],
  precision: ['précision'],
  status: ['statut'],
  kind: ['nature', 'catégorie'],
  since: ['depuis'],
  date: ['date_début'],
  date_end: ['date_fin'],
  approximate: ['approximatif', 'approximative'],
  part: ['moment'],
  domains: ['domaines'],
  source: ['document'],
  quote: ['citation'],
};

let lookups: Map<WordField, Map<string, string>> | null = null;
let columns: Map<string, string> | null = null;

/** The id a cell names in `field` (an id, or one of its words), or null when it names none. */
export function idForWord(field: WordField, cell: string): string | null {
  if (!lookups) {
    lookups = new Map();
    for (const [name, words] of Object.entries(WORDS) as [WordField, Words][]) {
      const lookup = new Map<string, string>();
      for (const [id, list] of Object.entries(words)) for (const word of [id, ...list]) lookup.set(foldWord(word), id);
      lookups.set(name, lookup);
    }
  }
  return lookups.get(field)!.get(foldWord(cell)) ?? null;
}

/** The English name of a column written in French or English ("Titre FR", "pays"), or null. */
export function columnName(header: string): string | null {
  if (!columns) {
    columns = new Map();
    for (const [name, aliases] of Object.entries(COLUMN_NAMES)) for (const alias of [name, ...aliases]) columns.set(foldColumn(alias), name);
  }
  return columns.get(foldColumn(header)) ?? null;
}

/** A header folded: "Titre (FR)", "titre-fr" and "TITRE_FR" are all "titre_fr". */
function foldColumn(header: string): string {
  return foldWord(header).replace(/[^\p{L}\p{N}]+/gu, '_').replace(/^_+|_+$/g, '');
}
