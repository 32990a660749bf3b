// French sentences explaining a step of a place's history (INSEE event types of v_mvt_commune, country successions).
import type { HistoryStep } from './history.js';
import { formatDateFr } from './model.js';

export function explainStep(step: HistoryStep): string {
  const from = `${step.fromName} (${step.fromCode})`;
  const to = `${step.toName} (${step.toCode})`;
  const on = `le ${formatDateFr(step.date)}`;
  switch (step.mod) {
    case null:
      return `${from} a cessé d'exister ${on}, date de création de ${to}`;
    case 20:
      return `${to} a été créée ${on} à partir de ${from}`;
    case 21:
      return `${to} a été rétablie ${on} à partir de ${from}`;
    case 30:
      return `${from} a été supprimée ${on} et rattachée à ${to}`;
    case 31:
      return `${from} a fusionné ${on} avec ${to}`;
    case 32:
      return `${from} a rejoint ${on} la commune nouvelle ${to}`;
    case 33:
    case 34:
      return `${from} a été associée ${on} à ${to}`;
    case 41:
      return `${from} est devenue ${to} ${on} (changement de département)`;
    case 50:
      return `${from} est devenue ${to} ${on} (transfert du chef-lieu)`;
    default:
      return `${from} est devenue ${to} ${on}`;
  }
}

export function explainPath(steps: readonly HistoryStep[]): string {
  return steps.map(explainStep).join(', puis ');
}
