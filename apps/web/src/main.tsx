import { StrictMode } from 'react';
import * as ReactDOM from 'react-dom/client';
import { initI18n } from './i18n';
import './styles.css';
import App from './app/app';

const root = ReactDOM.createRoot(
  document.getElementById('root') as HTMLElement,
);

void initI18n().then(() =>
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
