/**
 * Test builds: when the guard bundle started to evaluate. Imported FIRST by entrypoints/guard.content.ts, so the
 * cost the benchmark reads includes evaluating the bundle (lib/detect's tables…), not only main(). Release: 0.
 */
export const LOAD_STARTED = import.meta.env.MODE === 'test' ? performance.now() : 0;
