// Pure making of a realistic duplicate of an identity, as a second record typed at another desk would
// be: a typo in a name, day and month swapped, the used name typed as the birth name, first names
// missing or added, accents lost by a legacy export, a mistyped birth date — one error, sometimes two.
import { swappedDayMonth } from '../../core/duplicates/traits.js';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from './names.js';
import type { Rng } from './prng.js';

export interface VariantTraits {
  birthName: string;
  birthFirstNames: string;
  firstBirthName: string;
  sex: 'M' | 'F' | 'I';
  birthDate: string;
  usedName: string | null;
}

export const VARIANT_KINDS = ['typo', 'day_month_swapped', 'used_name_as_birth_name', 'first_names', 'accents', 'date_typo', 'first_name_typo'] as const;
export type VariantKind = (typeof VARIANT_KINDS)[number];

/**
 * The accented spelling of seed names (stored without accents per RNIV): a legacy export that deletes
 * non-ASCII letters turns LEFÈVRE into LEFVRE — the « accents lost » duplicates.
 */
const ACCENTED: ReadonlyMap<string, string> = new Map(
  `LEFÈVRE GUÉRIN ANDRÉ FRANÇOIS CLÉMENT NOËL RIVIÈRE GÉRARD LÉVÊQUE PRÉVOST RÉMY MÉNARD HERVÉ LÉGER BÉNARD MARÉCHAL
  BARTHÉLEMY LEMAÎTRE ÉTIENNE BENOÎT RENÉ FRÉDÉRIC STÉPHANE SÉBASTIEN JÉRÔME CÉDRIC RAPHAËL THÉO TIMÉO NOÉ MAËL LÉO
  FRANÇOISE HÉLÈNE CÉLINE STÉPHANIE VALÉRIE ÉMILIE AURÉLIE CHLOÉ LÉA INÈS ZOÉ ÉLODIE SÉVERINE GENEVIÈVE AGNÈS BÉATRICE
  CÉCILE NOÉMIE OCÉANE ÉLISE ZÉLIE MAËLLE ADÈLE SOLÈNE GAËLLE HÉLOÏSE ANAÏS MÉLANIE JÉRÉMY ANDRÉE GRÉGOIRE`
    .split(/\s+/)
    .filter((w) => w !== '')
    .map((w) => [w.normalize('NFD').replace(/\p{M}/gu, ''), w] as const),
);

/** LEFÈVRE → LEFVRE; null when the name holds no accented letter we know of. */
export function accentsLost(name: string): string | null {
  let changed = false;
  const out = name
    .split(/([ '-]+)/)
    .map((part) => {
      const accented = ACCENTED.get(part);
      if (!accented) return part;
      changed = true;
      return accented.normalize('NFC').replace(/[^A-Z]/g, '');
    })
    .join('');
  return changed && /[A-Z]{2}/.test(out) ? out : null;
}

const KEYBOARD_NEIGHBOURS: Readonly<Record<string, string>> = {
  A: 'ZQS', Z: 'AES', E: 'ZRD', R: 'ETF', T: 'RYG', Y: 'TUH', U: 'YIJ', I: 'UOK', O: 'IPL', P: 'OM',
  Q: 'AWS', S: 'QDZ', D: 'SFE', F: 'DGR', G: 'FHT', H: 'GJY', J: 'HKU', K: 'JLI', L: 'KMO', M: 'LP',
  W: 'QX', X: 'WC', C: 'XV', V: 'CB', B: 'VN', N: 'BM',
};

/** One keyboard slip in a word of A–Z letters: a neighbouring key, a letter dropped, doubled, or two letters exchanged. */
export function typo(rng: Rng, word: string): string | null {
  const letters = [...word].map((c, i) => ({ c, i })).filter(({ c }) => /[A-Z]/.test(c));
  if (letters.length < 4) return null;
  for (let attempt = 0; attempt < 10; attempt++) {
    const { c, i } = rng.pick(letters.slice(1)); // the first letter is rarely the one mistyped
    const kind = rng.int(4);
    let out: string;
    if (kind === 0) out = word.slice(0, i) + rng.pick([...(KEYBOARD_NEIGHBOURS[c] ?? 'E')]) + word.slice(i + 1);
    else if (kind === 1) out = word.slice(0, i) + word.slice(i + 1);
    else if (kind === 2) out = word.slice(0, i) + c + word.slice(i);
    else out = i >= 2 && /[A-Z]/.test(word[i - 1] ?? '') ? word.slice(0, i - 1) + c + word[i - 1] + word.slice(i + 1) : word;
    if (out !== word && /^[A-Z][A-Z' -]*[A-Z]$/.test(out)) return out;
  }
  return null;
}

const validDate = (iso: string): boolean => {
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
};

/** One digit of the date mistyped, or two adjacent digits exchanged; still a valid, past date. */
export function dateTypo(rng: Rng, date: string, todayIso: string): string | null {
  const positions = [2, 3, 5, 6, 8, 9];
  for (let attempt = 0; attempt < 20; attempt++) {
    const p = rng.pick(positions);
    let out: string;
    if (rng.chance(0.3) && positions.includes(p + 1)) out = date.slice(0, p) + date[p + 1] + date[p] + date.slice(p + 2);
    else out = date.slice(0, p) + String(rng.int(10)) + date.slice(p + 1);
    if (out !== date && validDate(out) && out <= todayIso && out >= '1900-01-01') return out;
  }
  return null;
}

function otherFirstNames(rng: Rng, t: VariantTraits): string | null {
  const names = t.birthFirstNames.split(' ');
  const choice = rng.int(3);
  if (choice === 0 && names.length > 1) return names.slice(0, 1 + rng.int(names.length - 1)).join(' ');
  if (choice === 1 && names[0]?.includes('-')) return [names[0].replace('-', ' '), ...names.slice(1)].join(' ');
  const pool = t.sex === 'F' ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES;
  const extra = rng.pick(pool);
  return names.includes(extra) ? null : [...names, extra].join(' ');
}

/** Applies one kind of error; null when it does not apply to this identity. */
export function applyVariant(rng: Rng, kind: VariantKind, t: VariantTraits, todayIso: string): VariantTraits | null {
  switch (kind) {
    case 'typo': {
      const n = typo(rng, t.birthName);
      return n ? { ...t, birthName: n } : null;
    }
    case 'day_month_swapped': {
      const d = swappedDayMonth(t.birthDate);
      return d && d <= todayIso ? { ...t, birthDate: d } : null;
    }
    case 'used_name_as_birth_name':
      return t.usedName && t.usedName !== t.birthName ? { ...t, birthName: t.usedName, usedName: null } : null;
    case 'first_names': {
      const f = otherFirstNames(rng, t);
      return f && f !== t.birthFirstNames ? { ...t, birthFirstNames: f, firstBirthName: f.split(' ')[0] as string } : null;
    }
    case 'accents': {
      const n = accentsLost(t.birthName);
      if (n) return { ...t, birthName: n };
      const f = accentsLost(t.birthFirstNames);
      return f ? { ...t, birthFirstNames: f, firstBirthName: f.split(' ')[0] as string } : null;
    }
    case 'date_typo': {
      const d = dateTypo(rng, t.birthDate, todayIso);
      return d ? { ...t, birthDate: d } : null;
    }
    case 'first_name_typo': {
      const [first, ...rest] = t.birthFirstNames.split(' ');
      const f = first ? typo(rng, first) : null;
      return f ? { ...t, birthFirstNames: [f, ...rest].join(' '), firstBirthName: f } : null;
    }
  }
}

/** One error (80 %) or two of different kinds; the kinds applied, in order. */
export function makeVariant(rng: Rng, t: VariantTraits, todayIso: string): { traits: VariantTraits; kinds: VariantKind[] } | null {
  const wanted = rng.chance(0.8) ? 1 : 2;
  const kinds: VariantKind[] = [];
  let traits = t;
  for (let attempt = 0; attempt < 12 && kinds.length < wanted; attempt++) {
    const kind = rng.pick(VARIANT_KINDS);
    if (kinds.includes(kind)) continue;
    const next = applyVariant(rng, kind, traits, todayIso);
    if (next) {
      traits = next;
      kinds.push(kind);
    }
  }
  return kinds.length > 0 ? { traits, kinds } : null;
}
