// Test helpers of the import: an in-memory base at the current schema with the COG reference of
// assets/ installed. Imported by *.test.ts only.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase, type Db } from '../connection.js';
import { installCogReference } from '../reference/cog-install.js';

const assets = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../assets/cog');

export function dbWithCog(): Db {
  const db = openDatabase(':memory:');
  installCogReference(db, assets);
  return db;
}
