// Shapes shared by the pure indicator rules (a journal change as the journal decodes it).
export interface JournalChangeLike {
  field: string;
  before: unknown;
  after: unknown;
}
