// Public API of the synthetic seed: seedIdentities(db, { count, seed, now }) and the pure generator.
export { seedIdentities, SEED_OPERATOR, type SeedOptions, type SeedResult } from './seed.js';
export { createIdentityGenerator, type GeneratorOptions, type SyntheticIdentity } from './generator.js';
