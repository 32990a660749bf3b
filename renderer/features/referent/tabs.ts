// The tabs of « Identitovigilance » (referent only), in display order. Alt+1…Alt+9 open the nth tab.
// To add one: create the screen under features/<tab>/ and append one line below.
import type { ComponentType } from 'react';

export interface ReferentTab {
  /** Stable id, used in the route. */
  id: string;
  /** Visible French label of the tab (also its accessible name). */
  label: string;
  Panel: ComponentType;
}

export const REFERENT_TABS: readonly ReferentTab[] = [
];
