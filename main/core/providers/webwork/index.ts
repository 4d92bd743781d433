import { placeholderAdapter } from '../placeholder.js';

export const webworkAdapter = placeholderAdapter('webwork', 'https://api.webwork-tracker.com/api/v2');
