export { wipeModule, type WipeModuleConfig } from './module';
export { END_PAGE_PATH } from './paths';
export { defaultWipeOptions, WIPE_DATA_TYPES, WIPE_ITEMS, type WipeOptions, type WipeDataType, type WipeItem } from './types';
