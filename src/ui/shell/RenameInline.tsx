import { useRef, useState, type FormEvent } from 'react';
import { FormError } from '../common/FormError';
import { NAME_MAX } from '../../domain/index.ts';

interface RenameInlineProps {
  /** The current name, also what the form is called: "Rename <name>". */
  name: string;
  /**
   * Writes the new name; throws or rejects (a refused domain operation, a refused server call) to keep
   * the form open with the reason.
   */
  onRename: (name: string) => void | Promise<unknown>;
  /** Leaves the form, renamed or not; focus goes back to the tree item. */
  onDone: () => void;
}

/** Renaming a workspace, folder or space in place in the sidebar tree. Enter saves, Escape cancels. */
export function RenameInline({ name, onRename, onDone }: RenameInlineProps) {
  const [value, setValue] = useState(name);
  const [error, setError] = useState<string | null>(null);
  // A server rename takes a moment: a second Enter meanwhile must not send it twice.
  const saving = useRef(false);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving.current) return;
    saving.current = true;
    try {
      await onRename(value.trim());
      onDone();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : 'The name could not be changed.');
    } finally {
      saving.current = false;
    }
  };
  return (
    <form
      className="tree-rename"
      aria-label={`Rename ${name}`}
      onSubmit={onSubmit}
      onClick={(event) => event.stopPropagation()}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === 'Escape') onDone();
      }}
    >
      <input
        aria-label="Name"
        className="input"
        maxLength={NAME_MAX}
        value={value}
        onChange={(event) => setValue(event.target.value)}
        autoFocus
        required
      />
      <button type="submit">Save</button>
      <FormError message={error} />
    </form>
  );
}
