import { StrictMode } from 'react';
import { createRoot, type RootOptions } from 'react-dom/client';
import { AppProvider } from './app/provider';
import { AppShell } from './app/shell';
import './index.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const options: RootOptions = {
  // A corpus that cannot be loaded is shown to the reader with Retry (the shell's boundary); it is not a bug to log.
  onCaughtError(error, info) {
    if (error instanceof Error && error.name === 'CorpusLoadError') return;
    console.error(error, info.componentStack);
  },
};

createRoot(root, options).render(
  <StrictMode>
    <AppProvider>
      <AppShell />
    </AppProvider>
  </StrictMode>,
);
