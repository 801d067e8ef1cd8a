/** MySpace's views and how the URL names them (`/myspace?view=eisenhower`), so a reload keeps the view. */
export const MYSPACE_VIEWS = ['sections', 'eisenhower', 'space', 'status', 'calendar'] as const;
export type MySpaceView = (typeof MYSPACE_VIEWS)[number];

/** What each view's button says. */
export const VIEW_NAMES: Record<MySpaceView, string> = {
  sections: 'Sections',
  eisenhower: 'Eisenhower',
  space: 'By space',
  status: 'By status',
  calendar: 'Calendar',
};

/** The view a query string names; the sections board for none or an unknown one. */
export function viewOfSearch(search: string): MySpaceView {
  const wanted = new URLSearchParams(search).get('view');
  return (MYSPACE_VIEWS as readonly string[]).includes(wanted ?? '') ? (wanted as MySpaceView) : 'sections';
}

/** The query string of a view. */
export function searchOfView(view: MySpaceView): string {
  return `?view=${view}`;
}
