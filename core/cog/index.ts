// Public API of the COG birthplace reference (pure: the data comes in through buildCogReference).
export type { CogEvent, CogLabel, CogPlace, CogReference, PlaceKind } from './model.js';
export { formatDateFr, isValidOn, REFERENCE_START, UNKNOWN_CODE, UNKNOWN_LABEL } from './model.js';
export { foldName, foldQuery } from './fold.js';
export * from './parse.js';
export { buildCogReference, type CogSource } from './build.js';
export { checkBirthplace, isWellFormedCog, normalizeCogCode } from './check.js';
export { describeBirthplace, type BirthplaceDescription } from './describe.js';
export { suggestBirthplaces, type CogSuggestion } from './suggest.js';
export { compareBirthplaces, type BirthplaceComparison } from './compare.js';
