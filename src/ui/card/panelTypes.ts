/** Runs one write from the card panel; on refusal the panel shows why and this returns false. */
export type RunWrite = (what: string, write: () => void) => boolean;
