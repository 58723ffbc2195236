/**
 * The few extension APIs the guard content script needs, without the webextension-polyfill (kept out to stay
 * under the content-script size budget). Firefox has a promise-based `browser`; Chrome MV3's `chrome`
 * returns promises for runtime.sendMessage.
 */
interface MiniRuntime {
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: { addListener(listener: (message: unknown, sender: { id?: string }) => undefined): void };
  id?: string;
}
interface MiniI18n {
  getMessage(name: string, substitutions?: string | string[]): string;
  getUILanguage(): string;
}
interface MiniApi {
  runtime: MiniRuntime;
  i18n: MiniI18n;
}

const g = globalThis as unknown as { browser?: MiniApi; chrome?: MiniApi };
export const ext: MiniApi = (g.browser?.runtime?.id ? g.browser : g.chrome) as MiniApi;

export function tr(key: string, substitutions?: string | string[]): string {
  try {
    return ext.i18n.getMessage(key, substitutions) || key;
  } catch {
    return key;
  }
}

export function lang(): 'fr' | 'en' {
  try {
    return ext.i18n.getUILanguage().toLowerCase().startsWith('en') ? 'en' : 'fr';
  } catch {
    return 'fr';
  }
}
