// First birth name vs the birth first-name list, domain.md §1: the first name must be a leading part of
// the list, hyphen and apostrophe counting as a space (JEAN CHRISTOPHE PIERRE allows JEAN-CHRISTOPHE).
// Inputs are normalised values (normalize.ts).

const words = (value: string) => value.split(/[ '-]+/).filter((w) => w !== '');

/** The first space-separated token of the list, as when the first name is taken from INSi. */
export function defaultFirstBirthName(list: string): string {
  return list.trim().split(/ +/)[0] ?? '';
}

/** True when `first` spells the first word(s) of `list`, whole words only. */
export function isFirstBirthNameCoherent(list: string, first: string): boolean {
  const listWords = words(list);
  const firstWords = words(first);
  if (firstWords.length === 0 || firstWords.length > listWords.length) return false;
  return firstWords.every((w, i) => w === listWords[i]);
}
