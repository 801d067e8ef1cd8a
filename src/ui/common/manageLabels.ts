import { createContext } from 'react';

/**
 * Opens the space's labels dialog, giving focus back to `opener` when it closes; null where labels cannot be managed (a visitor, or no space open). The
 * card panel offers it beside the label choices, so a label can be made and ticked without leaving the card.
 */
export const ManageLabelsContext = createContext<((opener: HTMLElement) => void) | null>(null);
