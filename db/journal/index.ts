// Public face of the journal module: append, read, verify (hash-chained, append-only).
export { appendAccess, appendJournal, createJournalAppender, type AccessAction, type JournalEntity, type NewAccessEntry, type NewJournalEntry } from './append.js';
export { JOURNAL_ACTIONS, journalLabel, type JournalAction } from './actions.js';
export type { JournalChange } from './payload.js';
export { accessForIdentity, journalData, journalForIdentity, type AccessEntryView, type JournalEntryView } from './read.js';
export { journalHead, verifyAccessJournal, verifyJournal, type JournalAnchor, type JournalVerification } from './verify.js';
