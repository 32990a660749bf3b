// Display helpers: ISO dates to JJ/MM/AAAA, timestamps to French date-time, and back to the
// date form an agent would retype when editing an identity whose birth date was completed (RNIV).

/** `1980-03-12` → `12/03/1980`; anything else is returned unchanged. */
export function isoToFr(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** A timestamp as `12/03/2025 14:05` (local time). */
export function formatDateTime(at: string): string {
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) return at;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/**
 * The birth date as the agent would type it again. A corrected date was completed by RNIV rules
 * (day unknown → 01, month unknown → 01, both → 31/12); giving back `00` keeps it flagged on save.
 */
export function isoToDraftDate(iso: string, corrected: boolean): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  if (!corrected) return `${d}/${mo}/${y}`;
  if (mo === '12' && d === '31') return `00/00/${y}`;
  if (d === '01') return `00/${mo}/${y}`;
  return `${d}/00/${y}`;
}

/** Parses `JJ/MM/AAAA`, `JJMMAAAA` or `AAAA-MM-JJ` into an ISO date (real calendar date) or null. */
export function parseFrDate(text: string): string | null {
  const t = text.trim();
  let m = /^(\d{2})[/.-]?(\d{2})[/.-]?(\d{4})$/.exec(t);
  let y: number, mo: number, d: number;
  if (m) [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t))) [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else return null;
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}
