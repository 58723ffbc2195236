/**
 * Debian's Chromium on a closed network: without these it stalls on background connections and first-run
 * prompts (see ../shared/notes/browsers.md). Shared by `npm start` and the e2e harness.
 */
export const QUIET_CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;
