import { createContext } from 'react';
import type { WorkspaceStore } from '../../state/index.ts';

/**
 * The stores of the workspace documents the shell keeps open, by workspace id, so pages read folder and
 * space names from the same live copy as the sidebar. Empty outside the shell.
 */
export const WorkspaceStoresContext = createContext<Record<string, WorkspaceStore>>({});
