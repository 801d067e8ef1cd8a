import type { KeyboardCoordinateGetter } from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { statusOfDragId } from './preview';

type SensorContext = Parameters<KeyboardCoordinateGetter>[1]['context'];
type Containers = SensorContext['droppableContainers'];

/**
 * Where an arrow key takes what is lifted: dnd-kit's sortable keyboard coordinates, told only of the drop
 * targets of the same kind. Every column is also a drop target for moving columns (its whole section),
 * next to its card list: a card sent left could land on a column's section, above its list, and be over
 * nothing; a column sent right first went to its own card list, so its first arrow did nothing.
 */
export const boardKeyboardCoordinates: KeyboardCoordinateGetter = (event, args) => {
  const { context } = args;
  const movingColumn = statusOfDragId(String(args.active)) !== null;
  const containers = context.droppableContainers;
  const sameKind = (id: string | number) => (statusOfDragId(String(id)) !== null) === movingColumn;
  // dnd-kit's getter reads the enabled targets and looks targets up by id; nothing else.
  const filtered = {
    getEnabled: () => containers.getEnabled().filter((container) => sameKind(container.id)),
    get: (id: string | number) => containers.get(id),
  } as unknown as Containers;
  return sortableKeyboardCoordinates(event, {
    ...args,
    context: { ...context, droppableContainers: filtered },
  });
};
