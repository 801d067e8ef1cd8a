import { NAME_LOADING } from './people';

/** Up to two initials of a person's name ("Ada Lovelace" → "AL"). */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  return letters.map((word) => [...(word ?? '')][0]?.toUpperCase() ?? '').join('') || '?';
}

/** A stable hue per person, so the same person has the same colour on every card. */
function hueOf(key: string): number {
  let hash = 0;
  for (const char of key) hash = (hash * 31 + char.charCodeAt(0)) | 0;
  return Math.abs(hash) % 360;
}

export function Avatar({ id, name }: { id: string; name: string }) {
  return (
    <span className="avatar" title={name} style={{ background: `hsl(${hueOf(id)} 45% 45%)` }}>
      <span aria-hidden="true">{initials(name)}</span>
      <span className="visually-hidden">{name}</span>
    </span>
  );
}

/** The place of an avatar whose person's name is still on its way: no initials that would change. */
export function PendingAvatar() {
  return (
    <span className="avatar avatar-pending" title={NAME_LOADING}>
      <span className="visually-hidden">{NAME_LOADING}</span>
    </span>
  );
}
