import { useEffect, useRef, useState, type FocusEvent } from 'react';
import { mergeText } from '../../domain/text/mergeText.ts';
import { keepText, keptText } from '../common/keptDraft';

interface DraftTextProps {
  id: string;
  /** The field's accessible name, when no label element names it. */
  label?: string;
  /** `data-*` attributes of the field, for finding it again. */
  data?: Record<`data-${string}`, string>;
  /** The saved value, live: it may change under the field while someone else edits the card. */
  value: string;
  /** What the field holds, for the notice ("the notes", "the title"). */
  what: string;
  multiline?: boolean;
  rows?: number;
  maxLength?: number;
  /** The on-screen keyboard a single-line field asks for (`decimal` for numbers). */
  inputMode?: 'text' | 'decimal';
  /** Applied to the draft before it is compared and saved (a title drops surrounding blanks). */
  normalize?: (text: string) => string;
  /**
   * Saves the text; false when refused, and the field then shows the saved value again — or, with
   * `keepsRefused`, keeps what was typed, to be saved when the field is left again.
   */
  onSave: (text: string) => boolean;
  /** A refused save keeps the typed text in the field (the notes: a long text must not be lost). */
  keepsRefused?: boolean;
  /**
   * Puts the user's changes together with a colleague's saved meanwhile when they touch different words
   * (a long text such as the notes, where two people add different lines); otherwise the user's version
   * replaces theirs, as the notice says.
   */
  merges?: boolean;
  /**
   * Where a draft refused as the field goes (its card archived under the user's typing) is kept, in the
   * tab's session storage (`keptDraft.ts`): the field shows it again the next time it is drawn.
   */
  keptAs?: string;
}

const same = (text: string) => text;

/** A kept draft (`keptAs`): the text typed, and the saved text it was typed on; null when not in that form. */
function readKept(stored: string): { base: string; text: string } | null {
  try {
    const kept = JSON.parse(stored) as unknown;
    if (typeof kept !== 'object' || kept === null) return null;
    const { base, text } = kept as Record<string, unknown>;
    return typeof base === 'string' && typeof text === 'string' ? { base, text } : null;
  } catch {
    return null;
  }
}

/**
 * A text field of a card that never loses what its user types. While it has the focus it holds the user's
 * draft, whatever arrives from others; when it is left, the draft is saved if the user changed it — and
 * only then, so leaving a field one merely visited never writes an old value over a colleague's newer one.
 * If someone else saved the same field meanwhile, a notice says so and offers to take their version; a
 * field that `merges` saves both changes when they do not overlap.
 */
export function DraftText({
  id,
  label,
  data,
  value,
  what,
  multiline = false,
  rows,
  maxLength,
  inputMode,
  normalize = same,
  onSave,
  keepsRefused = false,
  merges = false,
  keptAs,
}: DraftTextProps) {
  // A draft kept when the field last went unsaved comes back as the draft, from the text it was typed
  // on: what others saved since is then told and merged as for any draft (never written over).
  const [kept] = useState(() => {
    const stored = keptAs === undefined ? '' : keptText(keptAs);
    // A draft kept as plain text, before the saved text was kept with it, is taken as typed on this one.
    const draft = stored === '' ? null : (readKept(stored) ?? { base: value, text: stored });
    return draft === null || draft.text === value ? null : draft;
  });
  const [draft, setDraft] = useState<string | null>(kept?.text ?? null);
  // The saved value when this round of editing began, to tell the user's change from a colleague's.
  const base = useRef(kept?.base ?? value);
  const takeTheirs = useRef<HTMLButtonElement>(null);
  const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const changedMeanwhile = draft !== null && value !== base.current;
  // The notice is under the field, often below the panel's fold while the user types: brought into view.
  const conflict = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    // jsdom has no scrolling, hence the optional call.
    if (changedMeanwhile) conflict.current?.scrollIntoView?.({ block: 'nearest' });
  }, [changedMeanwhile]);

  /**
   * What leaving the field saves of `text` (normalized) while `saved` is stored. Merged only then, not
   * while the user types: a merge of long notes takes a while.
   */
  const toSave = (text: string, saved: string, clean: (text: string) => string) => {
    if (!merges || saved === base.current) return text;
    const merged = mergeText(clean(base.current), text, clean(saved));
    // Both changes together may not fit: then the user's version goes in, as without merging.
    return merged !== null && (maxLength === undefined || merged.length <= maxLength) ? clean(merged) : text;
  };

  // Closing the panel with Escape removes the field without a blur, and a reload or a closed tab takes the
  // page away without one: what was typed is saved then too. A page hidden (another tab, a minimised
  // window, or the page going away, which hides it first) saves the draft and keeps it, so typing on when
  // the user comes back goes on from there.
  const latest = useRef({ draft, value, normalize, onSave, toSave, keptAs });
  latest.current = { draft, value, normalize, onSave, toSave, keptAs };
  // A kept draft is taken back once the field has it: saved from here on, or kept again.
  useEffect(() => {
    if (keptAs !== undefined) keepText(keptAs, '');
  }, [keptAs]);
  useEffect(() => {
    const saveDraft = () => {
      const {
        draft: left,
        value: saved,
        normalize: clean,
        onSave: save,
        toSave: merge,
        keptAs,
      } = latest.current;
      if (left === null) return;
      const text = clean(left);
      if (text === clean(base.current) || text === saved) return;
      const next = merge(text, saved, clean);
      if (next === saved) return;
      if (!save(next)) {
        if (keptAs !== undefined) keepText(keptAs, JSON.stringify({ base: base.current, text: left }));
        return;
      }
      base.current = next;
      // Merged with a colleague's change: the field shows what was saved, so the user types on from it.
      if (next !== text) setDraft(next);
    };
    const onHidden = () => {
      if (document.visibilityState === 'hidden') saveDraft();
    };
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', saveDraft);
    return () => {
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', saveDraft);
      saveDraft();
    };
  }, []);

  const begin = () => {
    if (draft !== null) return;
    base.current = value;
    setDraft(value);
  };
  /** Ends this round of editing, saving `typed` if the user changed it. */
  const settle = (typed: string) => {
    const text = normalize(typed);
    setDraft(null);
    if (text === normalize(base.current) || text === value) return;
    const next = toSave(text, value, normalize);
    if (next !== value && !onSave(next) && keepsRefused) setDraft(typed);
  };
  const finish = (event: FocusEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    // Going to "Keep theirs" is not leaving the field: that button decides what happens to the draft.
    if (event.relatedTarget !== null && event.relatedTarget === takeTheirs.current) return;
    settle(event.target.value);
  };
  // Leaving "Keep theirs" without pressing it, other than back to the field, is leaving the field.
  const passTheirs = (event: FocusEvent<HTMLButtonElement>) => {
    if (draft === null || event.relatedTarget === field.current) return;
    settle(draft);
  };
  const keepTheirs = () => {
    // A new round of editing from their version: the notice and its button go away, and the focus goes
    // back to the field, which holds a draft again (what arrives from others meanwhile is noticed anew).
    base.current = value;
    setDraft(value);
    field.current?.focus();
  };

  const common = {
    id,
    'aria-label': label,
    ...data,
    ref: field,
    value: draft ?? value,
    maxLength,
    onFocus: begin,
    onBlur: finish,
    onChange: (event: { target: { value: string } }) => {
      // Typing again after Enter saved, without leaving the field, starts a new round of editing.
      if (draft === null) base.current = value;
      setDraft(event.target.value);
    },
  };
  return (
    <>
      {multiline ? (
        <textarea {...common} rows={rows} />
      ) : (
        <input
          {...common}
          inputMode={inputMode}
          onKeyDown={(event) => {
            // Enter saves and leaves the focus here: blurring would drop it to the page, losing the user's place.
            if (event.key === 'Enter' && draft !== null) settle(event.currentTarget.value);
          }}
        />
      )}
      {maxLength !== undefined && draft !== null && draft.length >= maxLength && (
        // The field stops at its limit, and a longer paste is cut there: say so rather than cut silently.
        <p className="muted field-limit" role="status">
          At most {maxLength.toLocaleString()} characters fit in {what}; anything beyond is left out.
        </p>
      )}
      {kept !== null && draft === kept.text && (
        <p className="muted" role="status">
          Your changes to {what}, not saved when the card was archived, are back: leaving the field or closing
          the card saves them.
        </p>
      )}
      {changedMeanwhile && (
        <p ref={conflict} className="draft-conflict" role="status">
          Someone else changed {what} while you were editing.{' '}
          {merges
            ? 'Leaving the field adds your changes to theirs, or saves your version where you both changed the same words.'
            : 'Leaving the field saves your version.'}{' '}
          <button type="button" ref={takeTheirs} className="link" onClick={keepTheirs} onBlur={passTheirs}>
            Keep theirs
          </button>
        </p>
      )}
    </>
  );
}
