import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApi } from './api/createApi.js';
import { App } from './App.js';
import { StoresContext } from './store/hooks.js';
import { createStores } from './store/stores.js';
import { parseRoute } from './store/uiStore.js';
import './styles/app.css';
import './styles/layout.css';
import './styles/views.css';
import './styles/list.css';

async function boot(): Promise<void> {
  const api = await createApi();
  const stores = createStores(api, { route: parseRoute(window.location.hash) });
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  createRoot(root).render(
    <StrictMode>
      <StoresContext.Provider value={stores}>
        <App />
      </StoresContext.Provider>
    </StrictMode>,
  );
  await stores.start();
}

void boot();
