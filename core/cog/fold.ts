// Folding of place names and search queries into comparable keys: upper case, no accents, no punctuation.
// « L'Abergement-Clémenciat », « l abergement clemenciat » and « L’ABERGEMENT CLÉMENCIAT » all fold alike.

const LIGATURES: Record<string, string> = { Œ: 'OE', Æ: 'AE', ß: 'SS' };

/** Upper case, diacritics removed, ligatures expanded, any non-alphanumeric run → one space, trimmed. */
export function foldName(text: string): string {
  return text
    .toUpperCase()
    .replace(/[ŒÆß]/g, (c) => LIGATURES[c] ?? c)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Z0-9]+/g, ' ')
    .trim();
}

// Agents abbreviate saints as on road signs; INSEE always spells them out.
const ABBREVIATIONS: Record<string, string> = { ST: 'SAINT', STE: 'SAINTE', STS: 'SAINTS', STES: 'SAINTES' };

/** Folded query tokens with the usual abbreviations expanded. */
export function foldQuery(query: string): string[] {
  const folded = foldName(query);
  if (folded === '') return [];
  return folded.split(' ').map((t) => ABBREVIATIONS[t] ?? t);
}

const ARTICLES = new Set(['L', 'LE', 'LA', 'LES']);

/** The folded name without its leading French article, so « abergement » ranks « L'Abergement-… » as a whole-name match. */
export function stripArticle(nameKey: string): string {
  const space = nameKey.indexOf(' ');
  if (space > 0 && ARTICLES.has(nameKey.slice(0, space))) return nameKey.slice(space + 1);
  return nameKey;
}
