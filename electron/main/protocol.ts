// Serves the built renderer over app://desk/ with the app's CSP (checklist: custom protocol, no file://).
import { net, protocol } from 'electron';
import { pathToFileURL } from 'node:url';
import { SECURITY_HEADERS } from '../backend/security-policy.js';
import { APP_SCHEME, appUrlToFile } from './app-url.js';

export function registerAppSchemeAsPrivileged(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = appUrlToFile(rendererDir, request.url);
    if (!file) return new Response('Introuvable', { status: 404 });
    const upstream = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(upstream.headers);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) headers.set(name, value);
    return new Response(upstream.body, { status: upstream.status, headers });
  });
}
