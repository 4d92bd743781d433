import { placeholderAdapter } from '../placeholder.js';

export const worksectionAdapter = placeholderAdapter('worksection', null);
