// Renderer entry: picks the transport once (Electron preload bridge, else the loopback HTTP host
// on the same origin), builds the stores and mounts the app. Styles are extracted by Vite (CSP).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApi } from './api/client.js';
import { createElectronTransport } from './api/electron-transport.js';
import { createHttpTransport } from './api/http-transport.js';
import { App } from './App.js';
import { StoresProvider, createAppStores } from './stores/context.js';
import './styles/app.css';

const transport = window.bridge ? createElectronTransport(window.bridge) : createHttpTransport(window.location.origin);
const stores = createAppStores(createApi(transport));

const root = document.getElementById('root');
if (!root) throw new Error('#root manquant');
createRoot(root).render(
  <StrictMode>
    <StoresProvider stores={stores}>
      <App />
    </StoresProvider>
  </StrictMode>,
);
