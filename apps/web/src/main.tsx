import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { silenceIconNames } from './accessibility/silence-icon-names';
import { App } from './app/App';
import './styles.css';
// The inline first rows' looks (src/first-rows): in the entry's stylesheet, which the document loads before any paint.
import './first-rows/first-rows.css';

const container = document.getElementById('root');
if (!container) {
  throw new Error('Không tìm thấy phần tử #root');
}

// Portals (menus, tooltips, dialogs) render outside #root: watch the whole body.
silenceIconNames(document.body);

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
