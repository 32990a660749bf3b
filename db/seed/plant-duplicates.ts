// Plants realistic duplicates into a seeded base (benchmark ground truth): K identities drawn at random
// (deterministic with the seed) each get a second record typed with one or two usual errors
// (duplicate-variants.ts), as a fresh provisional record without INS, through the identities repository
// so the search index triggers keep it findable. Returns the planted IPP pairs for recall / precision.
import { getIdentity, insertIdentity } from '../repos/identities.js';
import { nextIpp } from '../repos/meta.js';
import type { Db } from '../connection.js';
import { makeVariant, type VariantKind } from './duplicate-variants.js';
import { createRng } from './prng.js';

export interface PlantOptions {
  count: number;
  seed: string | number;
  now: Date;
  /** Called inside the transaction after each planted identity is written (the demo journals them). */
  journal?: (db: Db, identityId: number) => void;
}

export interface PlantedPair {
  original: string;
  duplicate: string;
  kinds: VariantKind[];
}

export function plantDuplicates(db: Db, opts: PlantOptions): PlantedPair[] {
  const rng = createRng(`${opts.seed}:doublons`);
  const todayIso = opts.now.toISOString().slice(0, 10);
  const maxId = (db.prepare('SELECT max(id) FROM identities WHERE merged_into IS NULL').pluck().get() as number | null) ?? 0;
  const planted: PlantedPair[] = [];
  const used = new Set<number>();
  const plant = db.transaction(() => {
    for (let attempt = 0; planted.length < opts.count && attempt < opts.count * 20 && maxId > 0; attempt++) {
      const pick = 1 + rng.int(maxId);
      if (used.has(pick)) continue;
      const original = getIdentity(db, pick);
      if (!original || original.sex === 'I') continue;
      const variant = makeVariant(rng, original, todayIso);
      if (!variant) continue;
      used.add(pick);
      const createdMs = Math.max(Date.parse(original.createdAt), opts.now.getTime() - 3 * 365 * 86_400_000);
      const createdAt = new Date(createdMs + rng.int(Math.max(1, opts.now.getTime() - createdMs))).toISOString();
      const ipp = nextIpp(db);
      const id = insertIdentity(db, {
        ...variant.traits,
        ipp,
        birthplaceCog: original.birthplaceCog,
        usedFirstName: original.usedFirstName,
        traitsSource: 'saisie',
        status: 'provisoire',
        createdAt,
      });
      opts.journal?.(db, id);
      planted.push({ original: original.ipp, duplicate: ipp, kinds: variant.kinds });
    }
  });
  plant.immediate();
  return planted;
}
