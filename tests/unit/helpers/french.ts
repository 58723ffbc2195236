import { mergeLocale } from '../../../lib/i18n/catalog';

// jsdom environment: import.meta.url is not a file URL there; vitest runs from the repository root.
const messages = mergeLocale(process.cwd(), 'fr');

/** The French `t()`, with Chrome's named placeholders ($NAME$ → $1 → substitution); throws on a missing key. */
export function frenchT(name: string, subs?: string | string[]): string {
  const m = messages[name];
  if (!m) throw new Error(`missing French message ${name}`);
  const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  return m.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, ph: string) => {
    const content = m.placeholders?.[ph.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (_m, d: string) => list[Number(d) - 1] ?? '');
  });
}
