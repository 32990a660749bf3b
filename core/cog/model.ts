// The in-memory model of the INSEE COG reference: places (one row per code × validity period), events, labels,
// and the CogReference indexes every rule in core/cog works on. Pure data; built by build.ts, filled by db/reference.

export type PlaceKind = 'commune' | 'arrondissement' | 'commune-outremer' | 'pays';

/** One code × name period. validTo is exclusive (the day the next state starts); null = still valid. */
export interface CogPlace {
  code: string;
  kind: PlaceKind;
  /** LIBELLE, with its article (« L'Abergement-Clémenciat »). */
  name: string;
  /** foldName(name). */
  nameKey: string;
  validFrom: string;
  validTo: string | null;
  /** Département ('2A', '974') for communes, territory prefix ('91', '987') for overseas communes, attachment country (CRPAY) for countries. */
  context: string | null;
}

/**
 * One before → after row of v_mvt_commune (MOD = INSEE event type: 10 rename, 31–34 mergers, 41 département change…).
 * An empty side ('' type, code and name) is a creation from nothing (Mayotte communes in 2011) or a plain deletion.
 */
export interface CogEvent {
  mod: number;
  date: string;
  beforeType: string;
  beforeCode: string;
  beforeName: string;
  afterType: string;
  afterCode: string;
  afterName: string;
}

/** Names the rules need around places: départements, overseas territories, RNIPP extension codes. */
export interface CogLabel {
  category: 'departement' | 'territoire' | 'extension';
  code: string;
  name: string;
  /** For an extension code: the COG code it stands for. */
  target: string | null;
}

/** A word of a place name, pointing at the place, for prefix lookups. */
export interface WordEntry {
  word: string;
  place: number;
}

export interface CogReference {
  /** Hash of the source files the reference was loaded from. */
  version: string;
  places: readonly CogPlace[];
  /** Periods of each code, sorted by validFrom (a code may denote different places at disjoint periods). */
  periodsByCode: ReadonlyMap<string, readonly CogPlace[]>;
  /** All codes, sorted, for code-prefix lookups. */
  sortedCodes: readonly string[];
  /** Commune events that change the code (COM/ARM → COM/ARM), by code before and by code after. */
  eventsFrom: ReadonlyMap<string, readonly CogEvent[]>;
  eventsTo: ReadonlyMap<string, readonly CogEvent[]>;
  eventCount: number;
  /** Country and overseas-commune periods by start and end date (no event file for them: successions are read from adjacent periods). */
  periodsStartingOn: ReadonlyMap<string, readonly CogPlace[]>;
  periodsEndingOn: ReadonlyMap<string, readonly CogPlace[]>;
  /** Every word of every place name, sorted by word. */
  words: readonly WordEntry[];
  departements: ReadonlyMap<string, string>;
  territories: ReadonlyMap<string, string>;
  extensions: ReadonlyMap<string, { code: string; name: string }>;
}

/** The COG history starts on this date: a period starting then is treated as open-ended backwards (births before 1943). */
export const REFERENCE_START = '1943-01-01';
export const UNKNOWN_CODE = '99999';
export const UNKNOWN_LABEL = 'INCONNU';

export function isValidOn(place: CogPlace, dateIso: string): boolean {
  const started = place.validFrom <= dateIso || place.validFrom <= REFERENCE_START;
  return started && (place.validTo === null || dateIso < place.validTo);
}

export function isCurrent(place: CogPlace): boolean {
  return place.validTo === null;
}

/** 1960-01-01 → 01/01/1960. */
export function formatDateFr(dateIso: string): string {
  const [y, m, d] = dateIso.split('-');
  return `${d}/${m}/${y}`;
}
