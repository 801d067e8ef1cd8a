import { MouseSensor, TouchSensor, useSensor, useSensors, type KeyboardSensorOptions } from '@dnd-kit/core';
import { FocusBoundKeyboardSensor } from './focusBoundKeyboardSensor';

// A small distance keeps a click a click (it opens the item).
const MOUSE = { activationConstraint: { distance: 4 } };
// A finger resting on an item for a moment lifts it; a swipe is left to the browser, which scrolls. With
// pointer events a finger's drag was cancelled as soon as the browser began to scroll (items keep
// `touch-action: manipulation` so lists scroll under a finger); touch events can stop that scrolling once
// the drag has started.
const TOUCH = { activationConstraint: { delay: 250, tolerance: 8 } };

/**
 * The sensors of every drag surface: the mouse, a finger, and the keyboard when `keyboard` is given (a
 * keyboard drag ends when the focus leaves what it lifted: `FocusBoundKeyboardSensor`).
 */
export function useDragSensors(keyboard?: KeyboardSensorOptions) {
  const keyboardSensor = useSensor(FocusBoundKeyboardSensor, keyboard);
  return useSensors(
    useSensor(MouseSensor, MOUSE),
    useSensor(TouchSensor, TOUCH),
    keyboard ? keyboardSensor : null,
  );
}
