// Blocking keys of the bulk duplicate scan: two records are compared only when they share a key, so a
// million identities cost a few million comparisons instead of half a trillion. Every key joins a name
// part and a date part, so no key gathers a whole frequent name or a whole birth date. A mistyped date
// keeps either its year or its day and month, so each name part is keyed with both halves:
//   D<date>F<first two letters of the first first name>  any change of birth name (typo, accents, used name)
//   Y<year>N<phonetic birth or used name>                  first names changed; day/month swapped or mistyped
//   M<day+month>N<phonetic birth or used name>             year mistyped
//   Y<year>F<phonetic first first name><name initial>      birth name and day/month both changed
//   M<day+month>F<phonetic first first name><name initial> birth name and year both changed
// Date keys are emitted for the birth date and for its day/month swap, so 12/03 meets 03/12.
import { swappedDayMonth, type ComparableTraits } from './traits.js';

export function blockingKeys(c: ComparableTraits): string[] {
  const date = c.traits.birthDate;
  const year = date.slice(0, 4);
  const swapped = swappedDayMonth(date);
  const dates = swapped ? [date, swapped] : [date];
  const names = c.usedPhonetic ? [c.birthPhonetic, c.usedPhonetic] : [c.birthPhonetic];
  const first = `${c.firstEntryPhonetic}${c.birthJoined.slice(0, 1)}`;
  const keys: string[] = [];
  for (const d of dates) keys.push(`D${d}F${c.firstEntry.slice(0, 2)}`);
  for (const n of names) {
    if (n === '') continue;
    keys.push(`Y${year}N${n}`);
    for (const d of dates) keys.push(`M${d.slice(5)}N${n}`);
  }
  keys.push(`Y${year}F${first}`);
  for (const d of dates) keys.push(`M${d.slice(5)}F${first}`);
  return keys;
}
