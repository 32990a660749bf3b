// Pure decisions of the Electron shell (no 'electron' import, tested in Node): what counts as the app's
// own origin, which external links may be handed to the OS, and where app:// files come from.
import { resolveStaticPath } from '../backend/security-policy.js';

export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://desk`;

export function isAppUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === `${APP_SCHEME}:` && url.host === 'desk';
  } catch {
    return false;
  }
}

/** Only https links to a short allowlist of public reference sites leave the app (opened by the OS browser). */
const EXTERNAL_ALLOWLIST = new Set(['esante.gouv.fr', 'industriels.esante.gouv.fr', 'www.insee.fr', 'ameli.fr', 'www.ameli.fr']);

export function isAllowedExternal(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' && EXTERNAL_ALLOWLIST.has(url.hostname) && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

export function appUrlToFile(rendererDir: string, raw: string): string | null {
  if (!isAppUrl(raw)) return null;
  return resolveStaticPath(rendererDir, new URL(raw).pathname);
}
