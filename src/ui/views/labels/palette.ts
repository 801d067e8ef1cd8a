/**
 * The colours a label may take, by name: a small set that people can tell apart and name aloud, the same
 * hues the aftersales templates use. The domain accepts any `#rrggbb`; a label made elsewhere with another
 * colour keeps it until someone picks one of these.
 */
export const LABEL_COLOURS = [
  { name: 'Red', value: '#d64545' },
  { name: 'Orange', value: '#e08a1e' },
  { name: 'Yellow', value: '#d9b310' },
  { name: 'Green', value: '#3a9b5c' },
  { name: 'Teal', value: '#1f9e9a' },
  { name: 'Blue', value: '#3b73d1' },
  { name: 'Purple', value: '#8a56c2' },
  { name: 'Grey', value: '#7a7f87' },
] as const;

/** The palette's name for `color`, or the value itself for a colour outside it. */
export function colourName(color: string): string {
  return LABEL_COLOURS.find((colour) => colour.value === color.toLowerCase())?.name ?? color;
}
