// Public API of the local patient search: searchIdentities(db, query, { limit }) and its row type.
// The index itself is created and kept by migration 0002 (triggers; no SQL function to register).
export { searchIdentities, DEFAULT_LIMIT, type SearchOptions, type SearchResult, type SearchRow } from './search.js';
export { optimizeSearchIndex, withDeferredSearchIndex } from './bulk.js';
