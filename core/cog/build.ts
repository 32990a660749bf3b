// Builds the CogReference indexes from parsed places, events and labels (once, at startup).
// Maps by code, the code-changing event graph, country boundaries by date, and a sorted word array for prefix search.
import type { CogEvent, CogLabel, CogPlace, CogReference, WordEntry } from './model.js';

export interface CogSource {
  version: string;
  places: readonly CogPlace[];
  events: readonly CogEvent[];
  labels: readonly CogLabel[];
}

// Only moves between communes or municipal arrondissements carry a birthplace from one code to another;
// rows into associated/delegated communes (COMA/COMD) describe the same code's status and are not birthplace codes.
const PLACE_TYPES = new Set(['COM', 'ARM']);

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function buildCogReference(source: CogSource): CogReference {
  const places = [...source.places].sort((a, b) => byString(a.code, b.code) || byString(a.validFrom, b.validFrom));
  const periodsByCode = new Map<string, CogPlace[]>();
  const periodsStartingOn = new Map<string, CogPlace[]>();
  const periodsEndingOn = new Map<string, CogPlace[]>();
  const words: WordEntry[] = [];
  places.forEach((p, index) => {
    push(periodsByCode, p.code, p);
    if (p.kind === 'pays' || p.kind === 'commune-outremer') {
      push(periodsStartingOn, p.validFrom, p);
      if (p.validTo !== null) push(periodsEndingOn, p.validTo, p);
    }
    for (const word of new Set(p.nameKey.split(' '))) if (word !== '') words.push({ word, place: index });
  });
  words.sort((a, b) => byString(a.word, b.word) || a.place - b.place);

  const eventsFrom = new Map<string, CogEvent[]>();
  const eventsTo = new Map<string, CogEvent[]>();
  for (const e of source.events) {
    if (!PLACE_TYPES.has(e.beforeType) || !PLACE_TYPES.has(e.afterType) || e.beforeCode === e.afterCode) continue;
    push(eventsFrom, e.beforeCode, e);
    push(eventsTo, e.afterCode, e);
  }

  const departements = new Map<string, string>();
  const territories = new Map<string, string>(ALGERIA);
  const extensions = new Map<string, { code: string; name: string }>();
  for (const label of source.labels) {
    if (label.category === 'departement') departements.set(label.code, label.name);
    else if (label.category === 'territoire') territories.set(label.code, label.name);
    else if (label.target !== null) extensions.set(label.code, { code: label.target, name: label.name });
  }

  return {
    version: source.version,
    places,
    periodsByCode,
    sortedCodes: [...periodsByCode.keys()].sort(byString),
    eventsFrom,
    eventsTo,
    eventCount: source.events.length,
    periodsStartingOn,
    periodsEndingOn,
    words,
    departements,
    territories,
    extensions,
  };
}

// French Algeria (codes 91–94 until 1962-07-05) was made of départements, so no COG territory file names it.
const ALGERIA: [string, string][] = ['91', '92', '93', '94'].map((code) => [code, 'Algérie']);
