/**
 * lib/detect (or one of its modules) as a script to evaluate in a browser page, for the Chromium benches and
 * profiles: an IIFE that puts the module's exports on `window[globalName]`. Minify to time what ships; keep names
 * to read a CPU profile.
 */
import { buildSync } from 'esbuild';

export function detectBundle({ entry = 'index.ts', globalName = 'detect', minify = true } = {}): string {
  const text = buildSync({
    entryPoints: [new URL(`../lib/detect/${entry}`, import.meta.url).pathname],
    bundle: true,
    minify,
    format: 'iife',
    globalName,
    write: false,
    logLevel: 'error',
  }).outputFiles[0]?.text;
  if (!text) throw new Error(`esbuild produced no output for lib/detect/${entry}`);
  return text;
}

/** The parts of a CDP `Profiler.stop` profile the profiling scripts read. */
export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; lineNumber: number };
  children?: number[];
}
export interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}
