// Preload (sandboxed, bundled): exposes exactly one function to the page, bridge.call, over `app:call`.
import { contextBridge, ipcRenderer } from 'electron';

contextBridge.exposeInMainWorld('bridge', {
  call: (channel: string, input: unknown, token: string | null) => ipcRenderer.invoke('app:call', channel, input, token),
});
