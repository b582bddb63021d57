import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { bundlePopupModules, inlinePopupCss } from './scripts/build/popup-files';
import { quietReadability } from './scripts/build/quiet-readability';

// Origins an AI engine's endpoint may be on; only the configured one is ever requested.
const AI_ENDPOINT_ORIGINS = ['https://*/*', 'http://*/*'];

// See https://wxt.dev/api/config.html
export default defineConfig({
  vite: () => ({
    plugins: [preact(), inlinePopupCss(), quietReadability()],
  }),
  hooks: { 'vite:build:extendConfig': bundlePopupModules },
  // The Firefox sources archive is for reviewers: leave out the e2e suite's screenshots.
  zip: { excludeSources: ['tests/e2e/artifacts/**'] },
  manifest: ({ browser, manifestVersion }) => ({
    // The words are public/_locales/<lang>/messages.json's, in the browser's language (English
    // where it has no translation: default_locale).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Exactly these: the click/shortcut/menu grants the one tab (activeTab); no host permissions.
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus'],
    // An AI endpoint's origin is asked for at runtime, one origin at a time, from the options page
    // (issue 7); nothing is granted at install. MV2 has no optional_host_permissions (WXT drops
    // the key), so Firefox lists the same patterns under optional_permissions.
    ...(manifestVersion === 3
      ? { optional_host_permissions: [...AI_ENDPOINT_ORIGINS] }
      : { optional_permissions: [...AI_ENDPOINT_ORIGINS] }),
    // The shortcut does what a toolbar click does: opens the popup and grants activeTab.
    commands: {
      [manifestVersion === 3 ? '_execute_action' : '_execute_browser_action']: {
        suggested_key: { default: 'Alt+Shift+D' },
        description: '__MSG_commandDigest__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'article-digest@example.org',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
