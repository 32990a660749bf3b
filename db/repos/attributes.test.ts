import { describe, expect, it } from 'vitest';
import { at, freshDb, identityRow } from '../test-support.js';
import { activeAttributes, attributeHistory, removeAttribute, setAttribute } from './attributes.js';
import { getIdentity, insertIdentity } from './identities.js';

describe('attributes repository', () => {
  it('sets, lists and removes attributes with history, and refreshes the identity cache', () => {
    const db = freshDb();
    const id = insertIdentity(db, identityRow());
    setAttribute(db, { identityId: id, attribute: 'homonyme', reason: 'Deux MARTIN MARIE', at: at(1), operator: 'alice' });
    setAttribute(db, { identityId: id, attribute: 'douteuse', reason: 'Pièce suspecte', at: at(2), operator: 'bob' });
    expect(activeAttributes(db, id)).toEqual([
      { attribute: 'douteuse', reason: 'Pièce suspecte', setAt: at(2), operator: 'bob' },
      { attribute: 'homonyme', reason: 'Deux MARTIN MARIE', setAt: at(1), operator: 'alice' },
    ]);
    expect(getIdentity(db, id)?.attributes).toEqual(['douteuse', 'homonyme']);
    expect(() => setAttribute(db, { identityId: id, attribute: 'douteuse', reason: 'x', at: at(3), operator: 'bob' })).toThrow(/UNIQUE/);
    expect(removeAttribute(db, { identityId: id, attribute: 'douteuse', reason: 'Levée', at: at(4), operator: 'carole' })).toBe(true);
    expect(removeAttribute(db, { identityId: id, attribute: 'fictive', reason: 'x', at: at(4), operator: 'carole' })).toBe(false);
    expect(getIdentity(db, id)?.attributes).toEqual(['homonyme']);
    expect(attributeHistory(db, id).find((a) => a.attribute === 'douteuse')).toMatchObject({
      removedAt: at(4), removedBy: 'carole', removedReason: 'Levée',
    });
  });
});
