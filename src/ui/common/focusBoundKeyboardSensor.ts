import { KeyboardSensor, type KeyboardSensorProps } from '@dnd-kit/core';
import { showsSameItem } from './byData';

/** What the sensor keeps to itself (private in its types): how it lets go of the page's keys. */
interface SensorInternals {
  detach(): void;
}

/**
 * dnd-kit's keyboard sensor, cancelled once the keyboard has left what it lifted. dnd-kit's own listens to
 * the whole document until Space, Enter or Escape: a Tab away from a lifted card, or a click into the
 * sidebar, left the drag running unseen, and the next space typed anywhere (a comment, the quick-add
 * field, another space's page) was swallowed and dropped the card where the drag had left it.
 *
 * Now the focus landing on anything but the lifted item (or the item drawn again elsewhere, as a card a
 * keyboard drag shows in another column is), a mouse button or finger pressed anywhere, or a key
 * pressed once the drag's surface is gone from the page (its board closed), cancels the drag, which is
 * announced like an Escape; the key or press itself then does what it does without a drag.
 */
export class FocusBoundKeyboardSensor extends KeyboardSensor {
  constructor(props: KeyboardSensorProps) {
    const guard = new AbortController();
    const ended = (then: () => void) => () => {
      guard.abort();
      then();
    };
    super({ ...props, onEnd: ended(props.onEnd), onCancel: ended(props.onCancel) });
    const lifted = props.event.target instanceof Element ? props.event.target : null;
    const isLifted = (target: EventTarget | null) => target === lifted || showsSameItem(target, lifted);
    const cancel = () => {
      const sensor = this as unknown as SensorInternals;
      sensor.detach();
      // dnd-kit adds its key listener a task after the lift: a cancel before that removes it once added.
      setTimeout(() => sensor.detach());
      ended(props.onCancel)();
    };
    const listen = { capture: true, signal: guard.signal };
    const page = lifted?.ownerDocument ?? document;
    page.addEventListener('focusin', (event) => !isLifted(event.target) && cancel(), listen);
    page.addEventListener('pointerdown', cancel, listen);
    // The drop targets of the drag's surface (a board's columns) all gone: the surface was closed. The
    // lifted item alone may be undrawn for a while (a card shown in a collapsed column).
    const surfaceGone = () =>
      ![...props.context.current.droppableContainers.values()].some(
        (target) => target?.node.current?.isConnected === true,
      );
    page.addEventListener('keydown', () => surfaceGone() && cancel(), listen);
  }
}
