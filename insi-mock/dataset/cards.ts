// Virtual Vitale cards (all synthetic: the CNDA test cards « INSi 01 / 04 » are not public) for the virtual card
// reader of the demo mode and for the tests: several beneficiaries per card, twins told apart only by their rank,
// a child without an own number, and a spouse whom INSi does not know (CR 01).
import { nirKey } from '../../core/identity/nir.js';
import type { Nir, VitaleBeneficiary, VitaleCard } from '../../core/insi/types.js';

const n = (num: string): Nir => ({ num, key: String(nirKey(num)).padStart(2, '0') });

/** A beneficiary and the mock identity it leads to (null: unknown to INSi, CR 01). */
export interface MockBeneficiary extends VitaleBeneficiary {
  identityId: string | null;
}

export interface MockCard extends Omit<VitaleCard, 'beneficiaries'> {
  beneficiaries: MockBeneficiary[];
}

export const MOCK_CARDS: readonly MockCard[] = [
  {
    id: 'carte-virtuelle-1',
    label: 'Carte virtuelle 1 — ADRUN ZOE et son enfant',
    synthetic: true,
    insured: { nir: { num: '2751263220749', key: '74' }, birthName: 'ADRUN', firstName: 'ZOE' },
    beneficiaries: [
      { quality: 'assurée', birthName: 'ADRUN', firstName: 'ZOE', birthDate: '1975-12-31', birthRank: 1, nir: { num: '2751263220749', key: '74' }, identityId: 'adrun' },
      { quality: 'enfant', birthName: 'NESSI', firstName: 'MICHELANGELO', birthDate: '2010-08-07', birthRank: 1, nir: { num: '1100863220830', key: '60' }, identityId: 'nessi' },
    ],
  },
  {
    id: 'carte-virtuelle-2',
    label: 'Carte virtuelle 2 — famille MARTIN-VIRTUEL (jumeaux)',
    synthetic: true,
    insured: { nir: n('2850475056123'), birthName: 'MARTIN-VIRTUEL', firstName: 'CLAIRE' },
    beneficiaries: [
      { quality: 'assurée', birthName: 'MARTIN-VIRTUEL', firstName: 'CLAIRE', birthDate: '1985-04-12', birthRank: 1, nir: n('2850475056123'), identityId: 'martin-claire' },
      { quality: 'enfant', birthName: 'MARTIN-VIRTUEL', firstName: 'LOUIS', birthDate: '2016-09-03', birthRank: 1, nir: null, identityId: 'martin-louis' },
      { quality: 'enfant', birthName: 'MARTIN-VIRTUEL', firstName: 'LEA', birthDate: '2016-09-03', birthRank: 2, nir: null, identityId: 'martin-lea' },
      { quality: 'conjoint', birthName: 'DURAND-VIRTUEL', firstName: 'PAUL', birthDate: '1983-05-20', birthRank: 1, nir: n('1830575056118'), identityId: null },
    ],
  },
  {
    id: 'carte-virtuelle-3',
    label: 'Carte virtuelle 3 — RUTH et DONATELLO (modèle de la carte CNDA « INSi 01 »)',
    synthetic: true,
    insured: { nir: n('2790563220415'), birthName: 'VIRTUELLE', firstName: 'RUTH' },
    beneficiaries: [
      { quality: 'assurée', birthName: 'VIRTUELLE', firstName: 'RUTH', birthDate: '1979-05-11', birthRank: 1, nir: n('2790563220415'), identityId: 'virtuelle-ruth' },
      { quality: 'enfant', birthName: 'VIRTUELLE', firstName: 'DONATELLO', birthDate: '2008-11-23', birthRank: 1, nir: null, identityId: 'virtuelle-donatello' },
    ],
  },
];

/** The cards as a card reader would read them (no link to the mock base), deep-copied. */
export function listVirtualCards(): VitaleCard[] {
  return MOCK_CARDS.map((c) => ({
    id: c.id,
    label: c.label,
    synthetic: c.synthetic,
    insured: { ...c.insured, nir: { ...c.insured.nir } },
    beneficiaries: c.beneficiaries.map(({ identityId: _link, ...b }) => ({ ...b, nir: b.nir ? { ...b.nir } : null })),
  }));
}
