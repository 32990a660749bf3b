// Calendar rules of the dashboard: the lab's local day of an instant, ISO weeks and months as buckets,
// and the list of buckets of a period. Pure; local time is the process's time zone (the lab's).
export type Granularity = 'week' | 'month';

export interface Bucket {
  /** '2026-W07' or '2026-02'. */
  key: string;
  /** First and last local day of the bucket (YYYY-MM-DD), whole weeks/months even when the period cuts them. */
  first: string;
  last: string;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const ymd = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
/** A calendar day as a UTC midnight Date: day arithmetic without time-zone surprises. */
const utcDay = (day: string) => new Date(`${day}T00:00:00Z`);

export const isIsoDay = (s: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(s) && ymd(utcDay(s)) === s;

export function addDays(day: string, n: number): string {
  const d = utcDay(day);
  d.setUTCDate(d.getUTCDate() + n);
  return ymd(d);
}

/** The lab's local calendar day of an ISO instant. */
export function localDay(instant: string): string {
  const d = new Date(instant);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The instant (ISO, UTC) at which a local day starts. */
export function localDayStart(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d).toISOString();
}

/** ISO 8601 week: weeks start on Monday, week 1 holds the year's first Thursday. */
export function isoWeek(day: string): { year: number; week: number; monday: string } {
  const d = utcDay(day);
  const weekday = (d.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const monday = addDays(day, -weekday);
  const thursday = utcDay(addDays(monday, 3));
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 / 7) + 1;
  return { year, week, monday };
}

export function bucketOf(day: string, g: Granularity): Bucket {
  if (g === 'week') {
    const { year, week, monday } = isoWeek(day);
    return { key: `${year}-W${pad(week)}`, first: monday, last: addDays(monday, 6) };
  }
  const first = `${day.slice(0, 7)}-01`;
  const next = utcDay(first);
  next.setUTCMonth(next.getUTCMonth() + 1);
  return { key: day.slice(0, 7), first, last: addDays(ymd(next), -1) };
}

/** The buckets covering [from, to] (days, inclusive), oldest first. */
export function bucketsBetween(from: string, to: string, g: Granularity): Bucket[] {
  const out: Bucket[] = [];
  for (let b = bucketOf(from, g); b.first <= to; b = bucketOf(addDays(b.last, 1), g)) out.push(b);
  return out;
}

const MONTHS = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];

/** French label of a bucket: « sem. 7 2026 », « févr. 2026 ». */
export function bucketLabel(b: Bucket, g: Granularity): string {
  if (g === 'week') {
    const [year, week] = b.key.split('-W');
    return `sem. ${Number(week)} ${year}`;
  }
  return `${MONTHS[Number(b.key.slice(5, 7)) - 1]} ${b.key.slice(0, 4)}`;
}

/** « 12/03/2026 » from « 2026-03-12 ». */
export const dayFr = (day: string): string => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;

const MAX_BUCKETS: Record<Granularity, number> = { week: 260, month: 120 };

/** The default period: the last 12 months (this one included) by month, the last 13 weeks by week. */
export function defaultPeriod(today: string, g: Granularity): { from: string; to: string } {
  if (g === 'week') return { from: isoWeek(addDays(today, -12 * 7)).monday, to: today };
  const d = utcDay(`${today.slice(0, 7)}-01`);
  d.setUTCMonth(d.getUTCMonth() - 11);
  return { from: ymd(d), to: today };
}

/** A French refusal of a period, or null when it can be shown. */
export function periodProblem(from: string, to: string, g: Granularity): string | null {
  if (!isIsoDay(from)) return `Date de début invalide : « ${from} ».`;
  if (!isIsoDay(to)) return `Date de fin invalide : « ${to} ».`;
  if (from > to) return 'La date de début doit précéder la date de fin.';
  const n = bucketsBetween(from, to, g).length;
  if (n > MAX_BUCKETS[g]) {
    return `Période trop longue pour un affichage par ${g === 'week' ? 'semaine' : 'mois'} (${n} ${g === 'week' ? 'semaines' : 'mois'}, ${MAX_BUCKETS[g]} au plus) : réduisez-la ou choisissez le mois.`;
  }
  return null;
}
