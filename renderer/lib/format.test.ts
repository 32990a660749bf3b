import { describe, expect, it } from 'vitest';
import { isoToDraftDate, isoToFr, parseFrDate } from './format.js';

describe('format', () => {
  it('shows ISO dates as JJ/MM/AAAA', () => {
    expect(isoToFr('1980-03-12')).toBe('12/03/1980');
  });
  it('gives back 00 for the parts RNIV completed', () => {
    expect(isoToDraftDate('1980-03-12', false)).toBe('12/03/1980');
    expect(isoToDraftDate('1980-12-31', true)).toBe('00/00/1980');
    expect(isoToDraftDate('1980-03-01', true)).toBe('00/03/1980');
    expect(isoToDraftDate('1980-01-12', true)).toBe('12/00/1980');
  });
  it('parses the accepted date forms and refuses impossible dates', () => {
    expect(parseFrDate('12/03/2030')).toBe('2030-03-12');
    expect(parseFrDate('12032030')).toBe('2030-03-12');
    expect(parseFrDate('2030-03-12')).toBe('2030-03-12');
    expect(parseFrDate('30/02/2030')).toBeNull();
    expect(parseFrDate('bientôt')).toBeNull();
  });
});
