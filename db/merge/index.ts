// Public face of db/merge: merge two identities, undo a merge, read merges (see README.md).
export { mergeIdentities, type MergeInput, type MergeResult } from './merge.js';
export { undoMerge, type UndoInput } from './undo.js';
export { absorbedBy, countMerges, getMerge, listMerges, mergedInto, type MergeSummary } from './read.js';
