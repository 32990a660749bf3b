// Maps a parsed INSi answer to the CallStatus the strategy and the retry policy reason on. siram_40 means « service
// temporarily unavailable, retry later »; siram_100, desir_550 and desir_560 are configuration faults (IDAM, certificate).
import type { CallStatus, InsiFault, ParsedResponse } from './types.js';

const UNAVAILABLE_SUBCODES = new Set(['siram_40']);
const UNAVAILABLE_DETAILS = new Set(['desir_1020', 'insi_102', 'insi_111']);
const CONFIGURATION_SUBCODES = new Set(['siram_100']);
const CONFIGURATION_DETAILS = new Set(['desir_550', 'desir_560']);

export function classifyFault(fault: InsiFault): CallStatus {
  const sub = fault.subcode?.toLowerCase() ?? '';
  const detail = fault.detailCode?.toLowerCase() ?? '';
  // Configuration first: a fault naming desir_560 is about rights whatever its category says.
  if (CONFIGURATION_DETAILS.has(detail) || CONFIGURATION_SUBCODES.has(sub)) return 'fault_configuration';
  if (UNAVAILABLE_SUBCODES.has(sub) || UNAVAILABLE_DETAILS.has(detail)) return 'fault_unavailable';
  return 'fault_other';
}

export function classifyResponse(parsed: ParsedResponse): CallStatus {
  switch (parsed.kind) {
    case 'malformed':
      return 'malformed';
    case 'fault':
      return classifyFault(parsed.fault);
    case 'result':
      return parsed.crCode === '00' ? 'found' : parsed.crCode === '01' ? 'not_found' : parsed.crCode === '02' ? 'multiple' : 'unexpected_cr';
  }
}

/** Failures where nothing was learnt about the person: the search cannot go on. */
export const isFailure = (s: CallStatus): boolean => !['found', 'not_found', 'multiple'].includes(s);
