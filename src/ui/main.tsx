import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startServiceWorker } from './shell/serviceWorker';
import { UpdateNotice } from './shell/UpdateNotice';
import { appSnapshots } from './views/useOpenSpace';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

appSnapshots();
createRoot(root).render(
  <StrictMode>
    <App />
    <UpdateNotice />
  </StrictMode>,
);

startServiceWorker();
