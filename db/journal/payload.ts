// Compact JSON payload of a journal entry: a creation as {n: {code: value}}, other changes as
// [field, before, after] tuples ([field, after] when before is null), short codes for identity fields.
export interface JournalChange {
  field: string;
  before: unknown;
  after: unknown;
}

const CODES: Record<string, string> = {
  ipp: 'i',
  birthName: 'n',
  birthFirstNames: 'p',
  firstBirthName: 'f',
  sex: 's',
  birthDate: 'd',
  birthDateCorrected: 'dc',
  birthplaceCog: 'l',
  birthplaceFromInsi: 'li',
  usedName: 'un',
  usedFirstName: 'uf',
  traitsSource: 'ts',
  insiVerifiedAt: 'iv',
  status: 'st',
  attributes: 'a',
  insMatricule: 'm',
};
const FIELDS: Record<string, string> = Object.fromEntries(Object.entries(CODES).map(([f, c]) => [c, f]));

// A field whose own name is a code is escaped with '=' so decoding stays unambiguous.
// Own keys only: a field named like an Object.prototype member (toString…) is an ordinary field.
const own = (table: Record<string, string>, key: string): string | undefined => (Object.hasOwn(table, key) ? table[key] : undefined);
const encodeField = (f: string): string => own(CODES, f) ?? (Object.hasOwn(FIELDS, f) || f.startsWith('=') ? `=${f}` : f);
const decodeField = (c: string): string => own(FIELDS, c) ?? (c.startsWith('=') ? c.slice(1) : c);

export function encodePayload(changes: readonly JournalChange[], data?: unknown): string {
  const p: { n?: Record<string, unknown>; c?: unknown[]; d?: unknown } = {};
  const allNew = changes.every((ch) => ch.before === null || ch.before === undefined);
  const fields = changes.map((ch) => encodeField(ch.field));
  if (changes.length > 0 && allNew && new Set(fields).size === fields.length) {
    // A creation: {code: value} is the shortest lossless form.
    p.n = Object.fromEntries(changes.map((ch, i) => [fields[i], ch.after ?? null]));
  } else if (changes.length > 0) {
    p.c = changes.map((ch, i) =>
      ch.before === null || ch.before === undefined
        ? [fields[i], ch.after ?? null]
        : [fields[i], ch.before, ch.after ?? null],
    );
  }
  if (data !== undefined) p.d = data;
  return Object.keys(p).length > 0 ? JSON.stringify(p) : '';
}

export function decodePayload(payload: string): { changes: JournalChange[]; data: unknown } {
  if (payload === '') return { changes: [], data: undefined };
  const p = JSON.parse(payload) as { n?: Record<string, unknown>; c?: unknown[][]; d?: unknown };
  const created = Object.entries(p.n ?? {}).map(([c, after]) => ({ field: decodeField(c), before: null, after }));
  const changed = (p.c ?? []).map((t) =>
    t.length === 2
      ? { field: decodeField(String(t[0])), before: null, after: t[1] }
      : { field: decodeField(String(t[0])), before: t[1], after: t[2] },
  );
  return { changes: [...created, ...changed], data: p.d };
}
