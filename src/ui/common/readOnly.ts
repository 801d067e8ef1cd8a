import { createContext } from 'react';

/**
 * True for a visitor: the server drops a visitor's edits, so the space offers none (no drags, no
 * quick-add, a card panel that only reads).
 */
export const ReadOnlyContext = createContext(false);
