// The tabs of « Identitovigilance » (referent only), in display order. Alt+1…Alt+9 open the nth tab.
// To add one: create the screen under features/<tab>/ and append one line below.
import { lazy, type ComponentType } from 'react';
import { DuplicatesPanel } from '../duplicates/DuplicatesPanel.js';
import { JournalTab } from '../journal/JournalTab.js';
import { ReviewQueueTab } from '../verification/ReviewQueueTab.js';
import { VerificationTab } from '../verification/VerificationTab.js';

// The dashboard and its charting library load on first use: the reception desk never pays for them.
const IndicatorsTab = lazy(() => import('../indicators/IndicatorsTab.js').then((m) => ({ default: m.IndicatorsTab })));

export interface ReferentTab {
  /** Stable id, used in the route. */
  id: string;
  /** Visible French label of the tab (also its accessible name). */
  label: string;
  Panel: ComponentType;
}

export const REFERENT_TABS: readonly ReferentTab[] = [
  { id: 'indicateurs', label: 'Indicateurs', Panel: IndicatorsTab },
  { id: 'verifications', label: 'Vérifications INSi', Panel: VerificationTab },
  { id: 'revue', label: 'File de revue', Panel: ReviewQueueTab },
  { id: 'doublons', label: 'Doublons', Panel: DuplicatesPanel },
  { id: 'journal', label: 'Journal', Panel: JournalTab },
];
