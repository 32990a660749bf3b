// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Out } from '../../../core/contract/channels.js';
import { emptyInsiCounts } from '../../../core/indicators/insi-results.js';
import { createApi } from '../../api/client.js';
import { createMemoryTransport } from '../../api/memory-transport.js';
import { createAppStores, StoresProvider } from '../../stores/context.js';
import { IndicatorsTab } from './IndicatorsTab.js';

afterEach(cleanup);

const figures = (granularity: 'week' | 'month'): Out<'indicators.get'> => ({
  today: '2026-11-23',
  period: { from: '2026-10-01', to: '2026-11-23' },
  granularity,
  foldedSeq: 1234,
  tookMs: 12,
  totals: {
    identities: 1200,
    byStatus: { provisoire: 400, recuperee: 300, validee: 200, qualifiee: 300 },
    byAttribute: { douteuse: 5, fictive: 1, homonyme: 12 },
    withIns: 600,
    qualificationRate: 0.25,
    insRate: 0.5,
  },
  series: [
    { bucket: '2026-10', label: 'oct. 2026', first: '2026-10-01', last: '2026-10-31', identities: 1100, qualifiee: 250, withIns: 550, qualificationRate: 250 / 1100, insRate: 0.5, creations: 40, insi: { ...emptyInsiCounts(), cr00: 30, cr01: 2 } },
    { bucket: '2026-11', label: 'nov. 2026', first: '2026-11-01', last: '2026-11-30', identities: 1200, qualifiee: 300, withIns: 600, qualificationRate: 0.25, insRate: 0.5, creations: 100, insi: { ...emptyInsiCounts(), cr00: 80, unavailable: 3 } },
  ],
  insi: { ...emptyInsiCounts(), cr00: 110, cr01: 2, unavailable: 3 },
  verifications: { due: 42, dueByAge: 40, requested: 2, confirmed: 7, failed: 1, lastRun: null },
  duplicates: { open: 9, collisions: 1 },
  operators: [{ operator: 'alice', creations: 90, edits: 5, insiCalls: 100, documentChecks: 20, verifications: 3, total: 218 }],
  workstations: [{ workstation: 'ACCUEIL-1', creations: 140, edits: 5, insiCalls: 115, documentChecks: 20, verifications: 8, total: 288 }],
});

/** jsdom's Blob has no text(): its bytes through a FileReader, decoded keeping the BOM. */
const readBlob = (b: Blob) =>
  new Promise<string>((resolve) => {
    const r = new FileReader();
    r.onload = () => resolve(new TextDecoder('utf-8', { ignoreBOM: true }).decode(r.result as ArrayBuffer));
    r.readAsArrayBuffer(b);
  });

function renderTab() {
  const transport = createMemoryTransport({ 'indicators.get': ({ granularity }) => figures(granularity ?? 'month') });
  const stores = createAppStores(createApi(transport));
  render(<StoresProvider stores={stores}><IndicatorsTab /></StoresProvider>);
  return transport;
}

const cells = (table: HTMLElement, header: string) =>
  [...within(table).getByRole('rowheader', { name: header }).closest('tr')!.querySelectorAll('td')].map((c) => c.textContent);

describe('IndicatorsTab', () => {
  it('shows the key figures and a captioned table for each chart, each exported as CSV', async () => {
    const transport = renderTab();
    const status = await screen.findByRole('table', { name: 'Identités par statut' });
    expect(cells(status, 'Qualifiée')).toEqual(['300', '25,0 %']);
    expect(screen.getByLabelText('Chiffres clés').textContent).toContain('1\u202f200');
    expect(cells(screen.getByRole('table', { name: 'Taux de qualification par mois' }), 'nov. 2026')).toEqual(['1\u202f200', '300', '25,0 %', '600', '50,0 %', '100']);
    expect(cells(screen.getByRole('table', { name: 'Appels INSi par résultat et par mois' }), 'oct. 2026')).toEqual(['30', '2', '0', '0', '0', '32']);
    expect(cells(screen.getByRole('table', { name: 'Activité par opérateur' }), 'alice')).toEqual(['90', '5', '100', '20', '3', '218']);
    expect(screen.getAllByRole('button', { name: 'Exporter en CSV' })).toHaveLength(7);
    for (const chart of document.querySelectorAll('.chart')) expect(chart.getAttribute('aria-hidden')).toBe('true');

    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => { blobs.push(b); return 'blob:test'; });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const user = userEvent.setup();
    await user.click(within(screen.getByRole('region', { name: 'Identités par statut' })).getByRole('button', { name: 'Exporter en CSV' }));
    expect(click).toHaveBeenCalledTimes(1);
    expect(await readBlob(blobs[0]!)).toBe('\uFEFFStatut;Identités;Part\r\nProvisoire;400;33,33\r\nRécupérée;300;25\r\nValidée;200;16,67\r\nQualifiée;300;25\r\n');

    await user.selectOptions(screen.getByLabelText('Regroupement'), 'Par semaine');
    expect(transport.callsTo('indicators.get').at(-1)).toEqual({ granularity: 'week' });
    expect(await screen.findByRole('table', { name: 'Taux de qualification par semaine' })).toBeTruthy();
  });
});
