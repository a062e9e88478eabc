/**
 * Words for the data's kinds of partnership and of event, in the page's language: only the
 * views that name them load these (a card, the filters, a timeline's details and lanes), not
 * every element (statuses are in labels.ts). Called from render(), never at module scope.
 */
import { msg } from '@lit/localize';
import type { DatedEvent, Partnership } from '../../data/schema.generated.js';

/** What kind of record a partnership is. */
export function partnershipKindLabel(kind: Partnership['kind']): string {
  switch (kind) {
    case 'research-funding':
      return msg('Financement de recherche');
    case 'research-project':
      return msg('Projet de recherche');
    case 'doctoral-programme':
      return msg('Programme doctoral');
    case 'training-programme':
      return msg('Programme de formation');
    case 'network':
      return msg('Réseau');
    case 'patient-programme':
      return msg('Accueil de patients');
    default:
      return msg('Partenariat');
  }
}

/** What kind of event. */
export function eventKindLabel(kind: DatedEvent['kind']): string {
  switch (kind) {
    case 'agreement':
      return msg('Accord, convention');
    case 'visit':
      return msg('Visite');
    case 'delegation':
      return msg('Délégation');
    case 'mission':
      return msg('Mission');
    case 'caravan':
      return msg('Caravane médicale');
    case 'training':
      return msg('Formation');
    case 'congress':
      return msg('Congrès, rencontre');
    case 'ceremony':
      return msg('Cérémonie');
    case 'exhibition':
      return msg('Exposition');
    case 'funding':
      return msg('Financement');
    case 'start':
      return msg('Début');
    case 'context':
      return msg('Contexte');
    default:
      return msg('Autre');
  }
}
