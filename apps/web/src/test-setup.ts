import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';
import './i18n';
import { registerAccountTranslations } from './i18n/account';
import { registerIntentsTranslations } from './i18n/intents';
import { registerWorkspaceTranslations } from './i18n/workspace';
import { registerOperatorTranslations } from './i18n/operator';
import { registerProblemsTranslations } from './i18n/problems';
import { setCsrfToken } from './lib/csrf-token';

// Pages that need them load the account words with their chunk; tests render those pages directly.
registerAccountTranslations();
registerIntentsTranslations();
registerWorkspaceTranslations();
registerOperatorTranslations();
registerProblemsTranslations();

// antd re-renders slowly in jsdom on a busy machine; findBy* waits up to 5 s, not 1 s.
configure({ asyncUtilTimeout: 5000 });

// jsdom lacks a few browser APIs that antd and react-router call.
if (!window.matchMedia) {
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    value: (query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }),
  });
}

window.scrollTo = (() => undefined) as typeof window.scrollTo;

if (!('ResizeObserver' in window)) {
  class ResizeObserverStub {
    observe() {
      return undefined;
    }
    unobserve() {
      return undefined;
    }
    disconnect() {
      return undefined;
    }
  }
  Object.defineProperty(window, 'ResizeObserver', {
    writable: true,
    value: ResizeObserverStub,
  });
}

// The CSRF token is module state (in memory, as in the browser); no test inherits another's.
afterEach(() => {
  setCsrfToken(null);
});
