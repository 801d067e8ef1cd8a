/**
 * Transaction origins. Every domain operation runs in `doc.transact(fn, LOCAL)`, so a `Y.UndoManager`
 * tracking only `LOCAL` undoes the local user's own edits and never a remote peer's.
 */

/** Origin of every user-initiated domain operation; the only origin undo tracks. */
export const LOCAL: object = Object.freeze({ origin: 'afterboard-local' });

/**
 * Origin of structural writes the user did not ask for and must not undo: document initialisation,
 * migrations and the compensating history events appended after an undo or redo.
 */
export const SYSTEM: object = Object.freeze({ origin: 'afterboard-system' });
