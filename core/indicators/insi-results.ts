// INSi wire calls grouped by result for the dashboard: CR 00 / 01 / 02, teleservice unavailable (retry
// later: siram_40, timeout, network, 5xx) and faults (configuration, certificate, malformed answers…).
export const INSI_RESULTS = ['cr00', 'cr01', 'cr02', 'unavailable', 'fault'] as const;
export type InsiResult = (typeof INSI_RESULTS)[number];

export const INSI_RESULT_LABELS: Record<InsiResult, string> = {
  cr00: 'CR 00 (trouvé)',
  cr01: 'CR 01 (aucun)',
  cr02: 'CR 02 (plusieurs)',
  unavailable: 'Indisponible',
  fault: 'Erreur',
};

const BY_STATUS: Record<string, InsiResult> = {
  found: 'cr00',
  not_found: 'cr01',
  multiple: 'cr02',
  fault_unavailable: 'unavailable',
  timeout: 'unavailable',
  network: 'unavailable',
  http_error: 'unavailable',
};

/** The result group of a journaled call status (`identity.insi_call` data.status); anything else is a fault. */
export const insiResultOf = (callStatus: string): InsiResult => BY_STATUS[callStatus] ?? 'fault';

export type InsiCounts = Record<InsiResult, number>;
export const emptyInsiCounts = (): InsiCounts => ({ cr00: 0, cr01: 0, cr02: 0, unavailable: 0, fault: 0 });
