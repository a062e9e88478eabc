/** Words for the types of a partnership's activities, in the page's language: a card's alone. Called from render. */
import { msg } from '@lit/localize';
import type { Activity } from '../../data/schema.generated.js';

/** What kind of activity. */
export function activityTypeLabel(type: Activity['type']): string {
  switch (type) {
    case 'training':
      return msg('Formation');
    case 'surgical-mission':
      return msg('Mission chirurgicale');
    case 'medical-caravan':
      return msg('Caravane médicale');
    case 'convention':
      return msg('Convention');
    case 'visit':
      return msg('Visite');
    case 'congress':
      return msg('Congrès');
    case 'teaching':
      return msg('Enseignement');
    case 'equipment':
      return msg('Équipement');
    case 'patient-transfer':
      return msg('Transfert de patients');
    case 'patient-care':
      return msg('Prise en charge de patients');
    case 'research':
      return msg('Recherche');
    case 'expertise':
      return msg('Expertise');
    case 'management-support':
      return msg('Appui à la gestion');
    default:
      return msg('Autre');
  }
}
