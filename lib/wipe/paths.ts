/** WXT serves entrypoints/session-ended/index.html here. */
export const END_PAGE_PATH = '/session-ended.html';
