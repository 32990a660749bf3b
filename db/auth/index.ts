// Public face of the auth module: operators, passwords, database mode.
export { getDatabaseMode, isDatabaseModeSet, setDatabaseMode, type DatabaseMode } from './mode.js';
export {
  createOperator, ensureFirstReferent, getOperator, listOperators, needsBootstrap, setOperatorActive,
  setOperatorPassword, verifyLogin, type NewOperator, type Operator, type OperatorListItem, type Role,
} from './operators.js';
export { DEFAULT_SCRYPT, hashPassword, verifyPassword, type ScryptParams } from './password.js';
