// Birth dates, domain.md §3: parse what the agent types (JJ/MM/AAAA, JJMMAAAA, AAAA-MM-JJ…), complete
// an incomplete date per the RNIV (00 day → 01, 00 month → 01, both → 31/12, flagged « corrigée »),
// refuse future, pre-1880 and impossible dates; also recognise dates typed in the search box.

export const MIN_BIRTH_DATE = '1880-01-01';

export const FRENCH_MONTHS = [
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin',
  'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
] as const;

export type BirthDateResult =
  | { ok: true; iso: string; corrected: boolean }
  | { ok: false; code: string; message: string };

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const toIso = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;

const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** ISO YYYY-MM-DD → JJ/MM/AAAA; anything else is returned unchanged. */
export function formatDateFr(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

interface Parts {
  day: number;
  month: number;
  year: number;
}

/** Splits the accepted shapes into numbers, without any calendar check. */
function splitDate(text: string): Parts | null {
  const dmy = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(text) ?? /^(\d{2})()(\d{2})(\d{4})$/.exec(text);
  if (dmy) return { day: Number(dmy[1]), month: Number(dmy[3]), year: Number(dmy[4]) };
  const ymd = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (ymd) return { day: Number(ymd[3]), month: Number(ymd[2]), year: Number(ymd[1]) };
  return null;
}

const fail = (code: string, message: string): BirthDateResult => ({ ok: false, code, message });

/** Parses a typed birth date against today (ISO), completing unknown day/month per the RNIV. */
export function parseBirthDate(raw: string, todayIso: string): BirthDateResult {
  const text = raw.trim();
  if (text === '') return fail('required', 'La date de naissance est obligatoire');
  const parts = splitDate(text);
  if (!parts) {
    return fail(
      'format',
      `La date de naissance « ${text} » n'est pas reconnue : saisissez-la au format JJ/MM/AAAA (00 pour un jour ou un mois inconnu)`,
    );
  }
  const { year } = parts;
  let { day, month } = parts;
  if (month > 12) {
    return fail('month_out_of_range', `Le mois ${pad(month)} n'existe pas : saisissez un mois de 01 à 12 (00 s'il est inconnu)`);
  }
  if (day > 31) {
    return fail('day_out_of_range', `Le jour ${pad(day)} n'existe pas : saisissez un jour de 01 à 31 (00 s'il est inconnu)`);
  }
  const corrected = day === 0 || month === 0;
  if (day === 0 && month === 0) {
    day = 31;
    month = 12;
  } else {
    if (day === 0) day = 1;
    if (month === 0) month = 1;
  }
  if (day > daysInMonth(year, month)) {
    return fail('nonexistent_date', `Le ${day} ${FRENCH_MONTHS[month - 1]} ${year} n'existe pas`);
  }
  const iso = toIso(year, month, day);
  if (iso > todayIso) {
    const shown = formatDateFr(iso);
    return fail(
      'future',
      corrected
        ? `La date de naissance corrigée ${shown} (jour ou mois inconnu) serait dans le futur : saisissez le jour et le mois s'ils sont connus`
        : `La date de naissance ${shown} est dans le futur`,
    );
  }
  if (iso < MIN_BIRTH_DATE) {
    return fail('too_old', `La date de naissance ${formatDateFr(iso)} est antérieure au 01/01/1880`);
  }
  return { ok: true, iso, corrected };
}

export interface QueryDate {
  iso?: string;
  year?: string;
  /** YYYY-MM */
  yearMonth?: string;
}

const MIN_QUERY_YEAR = 1880;
const MAX_QUERY_YEAR = 2099;

const plausibleYear = (y: number) => y >= MIN_QUERY_YEAR && y <= MAX_QUERY_YEAR;

/**
 * A date typed in the search box, or null. Full dates must be real; `00` widens the search the way the
 * RNIV completion stores it (00/03/1980 → March 1980; 00/00/1980 or 12/00/1980 → year 1980).
 * Eight digits are tried as JJMMAAAA first, then AAAAMMJJ.
 */
export function parseQueryDate(token: string): QueryDate | null {
  const text = token.trim();
  if (/^\d{4}$/.test(text)) return plausibleYear(Number(text)) ? { year: text } : null;

  const monthFirst = /^(\d{1,2})[/.-](\d{4})$/.exec(text);
  if (monthFirst) return fromYearMonth(Number(monthFirst[2]), Number(monthFirst[1]));
  const yearFirst = /^(\d{4})-(\d{2})$/.exec(text);
  if (yearFirst) return fromYearMonth(Number(yearFirst[1]), Number(yearFirst[2]));

  if (/^\d{8}$/.test(text)) {
    const asDmy = fromParts({ day: Number(text.slice(0, 2)), month: Number(text.slice(2, 4)), year: Number(text.slice(4)) });
    if (asDmy) return asDmy;
    return fromParts({ day: Number(text.slice(6)), month: Number(text.slice(4, 6)), year: Number(text.slice(0, 4)) });
  }
  const parts = splitDate(text);
  return parts ? fromParts(parts) : null;
}

function fromYearMonth(year: number, month: number): QueryDate | null {
  if (!plausibleYear(year) || month > 12) return null;
  return month === 0 ? { year: pad(year, 4) } : { yearMonth: `${pad(year, 4)}-${pad(month)}` };
}

function fromParts({ day, month, year }: Parts): QueryDate | null {
  if (!plausibleYear(year) || month > 12 || day > 31) return null;
  if (month === 0) return { year: pad(year, 4) };
  if (day === 0) return { yearMonth: `${pad(year, 4)}-${pad(month)}` };
  if (day > daysInMonth(year, month)) return null;
  return { iso: toIso(year, month, day) };
}
