import { defineConfig } from 'wxt';
import { CHROME_EXTENSION_KEY, GECKO_ID } from './lib/ids';
import { manifestPermissions } from './lib/permissions';
import { LANGUAGES, mergeLocale } from './lib/i18n/catalog';

/**
 * `wxt build --mode test` adds the test-only bridge (entrypoints/test-bridge.content.ts) and writes to
 * `.output/<browser>-mv<n>-test`; every other mode drops it, so release builds and zips never contain it.
 */
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  imports: false,
  manifestVersion: undefined,
  manifest: ({ browser }) => {
    const isFirefox = browser === 'firefox';
    return {
      name: '__MSG_extName__',
      short_name: 'Parenthèse',
      description: '__MSG_extDescription__',
      default_locale: 'fr',
      permissions: manifestPermissions(isFirefox ? 'firefox' : 'chrome'),
      ...(isFirefox
        ? {
            browser_specific_settings: { gecko: { id: GECKO_ID, strict_min_version: '115.0' } },
          }
        : {
            key: CHROME_EXTENSION_KEY,
            storage: { managed_schema: 'managed_schema.json' },
            minimum_chrome_version: '120',
          }),
      action: { default_title: '__MSG_extName__' },
    };
  },
  hooks: {
    'build:publicAssets': (wxt, files) => {
      for (const lang of LANGUAGES) {
        files.push({
          relativeDest: `_locales/${lang}/messages.json`,
          contents: JSON.stringify(mergeLocale(wxt.config.root, lang)),
        });
      }
    },
    'entrypoints:resolved': (wxt, entrypoints) => {
      if (wxt.config.mode === 'test') return;
      const keep = entrypoints.filter((e) => e.name !== 'test-bridge');
      entrypoints.splice(0, entrypoints.length, ...keep);
    },
  },
});
