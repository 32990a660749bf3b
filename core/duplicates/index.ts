// Public API of the duplicate rules: comparable traits, blocking keys, the pair scorer, reason labels.
export { blockingKeys } from './blocking.js';
export { DUPLICATE_REASON_LABELS, DUPLICATE_REASONS, duplicateReasonLabel, type DuplicateReason } from './reasons.js';
export { CREATION_THRESHOLD, DUPLICATE_THRESHOLD, dateSimilarity, nameSimilarity, scoreAbove, scorePair, type PairScore } from './score.js';
export { editDistance, isAccentLoss, jaroWinkler } from './similarity.js';
export { comparable, swappedDayMonth, UNKNOWN_BIRTHPLACE, type ComparableTraits, type DuplicateTraits } from './traits.js';
