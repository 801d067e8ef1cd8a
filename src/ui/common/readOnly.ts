import { createContext } from 'react';

/**
 * True for a visitor: the server drops a visitor's edits, so the space offers none (no drags, no
 * quick-add, a card panel that only reads).
 */
export const ReadOnlyContext = createContext(false);

/**
 * True in an archived space: it reads as it was left, so besides the edits a visitor lacks, nobody
 * comments on it either (a visitor's comments, which the server writes for them, included).
 */
export const ArchivedContext = createContext(false);
