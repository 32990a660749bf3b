// Public API of the COG reference store (Node): install the INSEE assets into the database, load them into memory.
export { COG_FILES, parseCsv, resolveAssetsDir } from './cog-files.js';
export { ensureCogTables } from './cog-tables.js';
export { installCogReference, installedCogVersion, type CogInstallResult } from './cog-install.js';
export { loadCogReference } from './cog-load.js';
