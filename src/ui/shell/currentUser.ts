import { createContext } from 'react';
import type { User } from '../api';

/** The signed-in user, for the parts of the app that write in their name; null outside the shell. */
export const CurrentUserContext = createContext<User | null>(null);
