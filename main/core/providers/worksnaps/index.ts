import { placeholderAdapter } from '../placeholder.js';

export const worksnapsAdapter = placeholderAdapter('worksnaps', 'https://api.worksnaps.com');
