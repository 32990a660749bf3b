// Renders the whole app around a memory transport, already logged in, for screen-level tests.
import { render } from '@testing-library/react';
import { createApi } from '../api/client.js';
import { createMemoryTransport, type MemoryHandlers } from '../api/memory-transport.js';
import { App } from '../App.js';
import { StoresProvider, createAppStores } from '../stores/context.js';
import { sessionHandlers } from './fixtures.js';

export async function renderLoggedIn(handlers: MemoryHandlers) {
  const transport = createMemoryTransport({ ...sessionHandlers, ...handlers });
  const api = createApi(transport);
  const stores = createAppStores(api, { searchDebounceMs: 5 });
  await stores.session.getState().refresh();
  await stores.session.getState().login('accueil', 'accueil');
  const utils = render(
    <StoresProvider stores={stores}>
      <App />
    </StoresProvider>,
  );
  return { ...utils, transport, stores };
}
