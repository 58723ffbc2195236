import { resolve } from 'node:path';
import { minify } from 'terser';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { CHROME_EXTENSION_KEY, GECKO_ID } from './lib/ids';
import { isHostPermission, manifestPermissions } from './lib/permissions';
import { LANGUAGES, mergeLocale } from './lib/i18n/catalog';

/**
 * A second minifier pass (terser, after Vite's own) over the guard bundle: ~280 B gzip less, which keeps it inside
 * issue #6's 20 KB budget (tests/build/release.test.ts); terser instead of Vite's minifier saves only ~100 B.
 */
const GUARD_SECOND_MINIFY: Plugin = {
  name: 'parenthese:guard-second-minify',
  enforce: 'post',
  async generateBundle(_options, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      const result = await minify(chunk.code, { ecma: 2020, compress: { passes: 3 }, format: { comments: false } });
      if (!result.code) throw new Error(`terser gave no code for ${chunk.fileName}`);
      chunk.code = result.code;
    }
  },
};

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
      // MV2 (Firefox) lists host access among permissions; MV3 (Chrome) wants it in host_permissions.
      permissions: manifestPermissions(isFirefox ? 'firefox' : 'chrome').filter((p) => isFirefox || !isHostPermission(p)),
      ...(isFirefox ? {} : { host_permissions: manifestPermissions('chrome').filter(isHostPermission) }),
      // Stated explicitly (it is also the default): only the extension's own scripts, never eval or remote code.
      content_security_policy: isFirefox
        ? "script-src 'self'; object-src 'self'"
        : { extension_pages: "script-src 'self'; object-src 'self'" },
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
    // The guard content script runs in every frame of every page: keep WXT's polyfill and content-script context
    // out of its bundle (lib/consent/content/wxt-shim.ts says why). Content scripts are built one per group.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => e.type === 'content-script' && e.name === 'guard')) return;
      const shim = resolve(config.root ?? process.cwd(), 'lib/consent/content/wxt-shim.ts');
      const ours = [
        { find: /^wxt\/browser$/, replacement: shim },
        { find: /^wxt\/utils\/content-script-context$/, replacement: shim },
        // the classifier's vocabulary comes with the session mark (lib/detect/phrase-buckets.ts says why)
        { find: /^\.\/phrase-buckets$/, replacement: resolve(config.root ?? process.cwd(), 'lib/consent/content/session-vocabulary.ts') },
      ];
      config.resolve ??= {};
      const alias = config.resolve.alias;
      const theirs = !alias ? [] : Array.isArray(alias) ? alias : Object.entries(alias).map(([find, replacement]) => ({ find, replacement }));
      config.resolve.alias = [...ours, ...theirs];
      if (config.build?.minify !== false) {
        config.plugins = [...(config.plugins ?? []), GUARD_SECOND_MINIFY];
      }
    },
    'entrypoints:resolved': (wxt, entrypoints) => {
      if (wxt.config.mode === 'test') return;
      const keep = entrypoints.filter((e) => e.name !== 'test-bridge');
      entrypoints.splice(0, entrypoints.length, ...keep);
    },
  },
});
