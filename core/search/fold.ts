// Folding of what an agent types in the search box to the alphabet of stored traits (A–Z, digits,
// space, ' and -), and the "joined" form of a name (no space, hyphen or apostrophe) that the index
// also holds, so `dartagnan`, `d'artagnan` and `D’ARTAGNAN` all meet `D'ARTAGNAN`.

/** Latin letters that Unicode decomposition does not reduce to A–Z. */
const SPECIAL: Readonly<Record<string, string>> = {
  Œ: 'OE', Æ: 'AE', ß: 'SS', ẞ: 'SS', Ø: 'O', Đ: 'D', Ð: 'D', Ł: 'L', Ħ: 'H', Ŧ: 'T', Þ: 'TH', ı: 'I',
};

const APOSTROPHES = /[\u2019\u02BC\u2018\u00B4`\u2032\u201B\uFF07\u02BB\u02B9]/g;
const DASHES = /[\u2010-\u2015\u2212\uFE63\uFF0D]/g;

/**
 * Upper case, diacritics stripped, ligatures expanded, typographic apostrophes and dashes made ASCII.
 * Every other character is kept (the query parser decides what separates words). Idempotent.
 */
export function foldSearchText(raw: string): string {
  let out = '';
  for (const ch of raw.replace(APOSTROPHES, "'").replace(DASHES, '-')) {
    const upper = ch.toUpperCase();
    const special = SPECIAL[upper] ?? SPECIAL[ch];
    if (special) {
      out += special;
      continue;
    }
    const stripped = upper.normalize('NFKD').replace(/\p{M}/gu, '');
    // NFKD may decompose a letter into several (ǆ → DŽ → DZ): fold the pieces again.
    for (const c of stripped) out += SPECIAL[c] ?? c.toUpperCase();
  }
  return out;
}

/** A folded name without its separators: `D'ARTAGNAN` → `DARTAGNAN`, `JEAN-PIERRE` → `JEANPIERRE`. */
export function joinedName(folded: string): string {
  return folded.replace(/[\s'-]+/g, '');
}

/** The words of a stored or folded name (space, hyphen and apostrophe separate them). */
export function nameWords(folded: string): string[] {
  return folded.split(/[\s'-]+/).filter((w) => w !== '');
}
