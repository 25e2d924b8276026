import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: the pipeline in utils/ must stay importable from Node (CLI, tests).
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  // The sources zip (for add-on store review) needs the code, not screenshots or local scratch files.
  zip: { excludeSources: ['tests/artifacts/**', 'scratch/**', '.ci-*.json'] },
  manifest: ({ browser }) => ({
    // Name and description from public/_locales, in the browser's language.
    default_locale: 'en',
    name: '__MSG_app_name__',
    description: '__MSG_app_description__',
    // Least privilege: no host permissions. activeTab grants the clicked tab only, scripting injects on demand.
    permissions: ['activeTab', 'scripting', 'storage'],
    action: { default_title: 'Read this page clean' },
    commands: {
      // Firefox's MV2 build opens the popup by _execute_browser_action; there _execute_action would be
      // an ordinary command that nothing answers, and the shortcut would do nothing.
      [browser === 'firefox' ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+R' },
        description: 'Open the clean view of this page',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'clear-news-reader@example.org',
              strict_min_version: '115.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
