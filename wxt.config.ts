import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  vite: () => ({
    plugins: [preact()],
  }),
  // The Firefox sources archive is for reviewers: leave out the e2e suite's screenshots.
  zip: { excludeSources: ['tests/e2e/artifacts/**'] },
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Article Digest',
    description:
      "One click turns an article into an editor's briefing: summary, takeaway, insights, actions, topics. Offline and private by default.",
    // Exactly these: the click/shortcut/menu grants the one tab (activeTab); no host permissions.
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus'],
    // The shortcut does what a toolbar click does: opens the popup and grants activeTab.
    commands: {
      [manifestVersion === 3 ? '_execute_action' : '_execute_browser_action']: {
        suggested_key: { default: 'Alt+Shift+D' },
        description: 'Digest this page',
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
