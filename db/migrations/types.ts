// Shape of one schema migration module: a number, a kebab name, and a synchronous up(db).
// Migrations are append-only: never edit one that has shipped, add the next number instead.
import type { Db } from '../connection.js';

export interface Migration {
  readonly version: number;
  readonly name: string;
  up(db: Db): void;
}
