// The two operator roles as shown to people (list and « Rôle » select), in the select's order.
import type { OperatorRow } from '../../stores/operators-store.js';

export type Role = OperatorRow['role'];

export const ROLE_LABELS: Record<Role, string> = {
  agent: "Agent d'accueil",
  referent: 'Référent en identitovigilance',
};

export const ROLES: readonly Role[] = ['agent', 'referent'];
