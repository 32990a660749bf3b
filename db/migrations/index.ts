// Ordered registry of schema migrations: one imported module per line, versions 1, 2, 3… in order.
// To add one: create NNNN-kebab-name.ts exporting { version, name, up } and append it below.
import type { Migration } from './types.js';
import m0001 from './0001-init.js';
import m0002 from './0002-search-index.js';
import m0003 from './0003-import-runs.js';
import m0004 from './0004-insi-answers-review-queue.js';
import m0005 from './0005-referent-work.js';
import m0006 from './0006-search-page-size.js';

export const MIGRATIONS: readonly Migration[] = [
  m0001,
  m0002,
  m0003,
  m0004,
  m0005,
  m0006,
];
