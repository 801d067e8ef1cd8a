/** The template a space gets when none is chosen. */
import type { SpaceTemplate } from './types.ts';

export const BASIC_TEMPLATE: SpaceTemplate = {
  id: 'basic',
  name: 'Basic board',
  description: 'Three columns for any kind of work.',
  statuses: [
    { name: 'To do', role: 'not_started' },
    { name: 'Doing', role: 'in_progress' },
    { name: 'Done', role: 'completed' },
  ],
  labels: [],
};
