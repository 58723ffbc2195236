import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Build-time only (Node): each capability keeps its strings in `locales/<lang>/<area>.json`, so features
 * can be added without editing one shared file; the build merges them into `_locales/<lang>/messages.json`.
 */
export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface ChromeMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export function mergeLocale(root: string, lang: Language): Record<string, ChromeMessage> {
  const dir = join(root, 'locales', lang);
  const merged: Record<string, ChromeMessage> = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const part = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, ChromeMessage>;
    for (const [key, value] of Object.entries(part)) {
      if (key in merged) throw new Error(`locales/${lang}/${file}: message "${key}" is declared twice`);
      if (!/^[A-Za-z0-9_]+$/.test(key)) throw new Error(`locales/${lang}/${file}: "${key}" is not a valid message name`);
      merged[key] = value;
    }
  }
  return merged;
}
