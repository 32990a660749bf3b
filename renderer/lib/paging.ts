// Lists shown a page at a time (« Afficher plus »): the rows already shown plus the next page, without the rows a
// decision made in the meantime shifted into the next page twice (same id).
export const PAGE = { pairs: 100, merges: 20, reviews: 50 } as const;

/** `shown` followed by the rows of `next` not already shown. */
export function appendPage<T extends { id: number }>(shown: readonly T[] | null, next: readonly T[]): T[] {
  const ids = new Set((shown ?? []).map((r) => r.id));
  return [...(shown ?? []), ...next.filter((r) => !ids.has(r.id))];
}

/** « 100 paires sur 240 » (French plural from 2). */
export function shownOf(shown: number, total: number, noun: { one: string; many: string }): string {
  return `${shown.toLocaleString('fr-FR')} ${total > 1 ? noun.many : noun.one} sur ${total.toLocaleString('fr-FR')}`;
}
