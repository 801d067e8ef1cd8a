import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { parseRoute } from './shell/route';
import { startServiceWorker } from './shell/serviceWorker';
import { UpdateNotice } from './shell/UpdateNotice';
import { appSnapshots } from './views/useOpenSpace';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The space in the address: a first visit on this device downloads its board while the session is checked.
const route = parseRoute(window.location.pathname);
if (route.name === 'space') appSnapshots().prefetchRemote(route.spaceId);
else appSnapshots();
createRoot(root).render(
  <StrictMode>
    <App />
    <UpdateNotice />
  </StrictMode>,
);

startServiceWorker();
