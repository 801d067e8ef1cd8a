/**
 * The first element under `root` whose `data-*` attribute (`name` in dataset form, e.g. `cardKey` for
 * `data-card-key`) equals `value`: compared as a value, so no selector escaping is needed.
 */
export function byData(root: ParentNode, name: string, value: string): HTMLElement | null {
  const attribute = `data-${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
  for (const element of root.querySelectorAll<HTMLElement>(`[${attribute}]`)) {
    if (element.dataset[name] === value) return element;
  }
  return null;
}
