/**
 * Words for the data's statuses, which every view shows, in the page's language (kinds are
 * in kind-labels.ts, loaded by the views that name them; a card's activity types are in
 * coop-card/activity-labels.ts).
 * Called from render(), never at module scope, so they follow a change of language.
 */
import { msg } from '@lit/localize';
import type { DatedEvent, Partnership } from '../../data/schema.generated.js';

/** "Active", "Planned"... for a partnership status. */
export function partnershipStatusLabel(status: Partnership['status']): string {
  switch (status) {
    case 'active':
      return msg('En cours');
    case 'planned':
      return msg('En projet');
    case 'under-study':
      return msg("À l'étude");
    case 'ended':
      return msg('Terminé');
    default:
      return msg('Statut inconnu');
  }
}

/** "Done" or "Planned" for an event. */
export function eventStatusLabel(status: DatedEvent['status']): string {
  return status === 'planned' ? msg('Prévu') : msg('Réalisé');
}
