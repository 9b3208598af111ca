import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { generateDemoBook } from '../../shared/demo';
import { App } from './app/App';
import type { AppServices } from './app/AppServices';
import { createWorkerInsightRunner } from './app/book/insights';
import type { SettingsPort } from './app/settings/SettingsPort';
import { getApi } from './bridge/api';
import { deleteBook, openBook } from './data';
import { bridgeSyncServices } from './features/sync/syncServices';
import { marketDate } from './ui/format/marketTime';
import './styles/index.css';

const now = () => new Date();

// Resolved on each call, so a missing preload surfaces as the app's "cannot read the settings"
// message instead of a blank window.
const settings: SettingsPort = {
  get: () => getApi().settings.get(),
  update: (patch) => getApi().settings.update(patch),
  onChanged: (listener) => getApi().settings.onChanged(listener),
};

const services: AppServices = {
  settings,
  books: { open: (name) => openBook(name), remove: (name) => deleteBook(name) },
  // Deals run up to today, so "this month" has data whenever the demo is loaded.
  generateDemoBook: () => generateDemoBook({ today: marketDate(now()) }),
  now,
  sync: bridgeSyncServices(getApi),
  insightRunner: createWorkerInsightRunner(),
};

const container = document.getElementById('root');
if (!container) throw new Error('renderer/index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <App services={services} />
  </StrictMode>,
);
