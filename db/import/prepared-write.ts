// What writing an imported row needs beyond its identity — its search-index texts and its journal
// payload, with the payload's JSON that the journal hash covers — computed ahead by the validation
// worker for the rows it can (those with an IPP: a generated one is only known when written).
import type { NormalizedIdentity } from '../../core/identity/types.js';
import { indexTextsOf } from '../search/index-text.js';
import { importPayload } from './import-journal.js';

export interface PreparedWrite {
  /** identity_search and identity_phonetic texts (db/search/index-text.ts). */
  terms: string;
  keys: string;
  /** Journal payload (import-journal.ts) and JSON.stringify of it. */
  payload: string;
  payloadJson: string;
}

export function prepareWrite(identity: NormalizedIdentity, ipp: string, fileName: string, line: number): PreparedWrite {
  const [terms, keys] = indexTextsOf(identity);
  const payload = importPayload(identity, ipp, fileName, line);
  return { terms, keys, payload, payloadJson: JSON.stringify(payload) };
}
