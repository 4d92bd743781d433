import { placeholderAdapter } from '../placeholder.js';

export const workityAdapter = placeholderAdapter('workity', 'https://www.workity.com/services/api.asmx');
