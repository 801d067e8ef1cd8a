import { useState, type FormEvent } from 'react';
import { FormError } from '../common/FormError';

interface RenameInlineProps {
  /** The current name, also what the form is called: "Rename <name>". */
  name: string;
  /** Writes the new name; throws (a refused domain operation) to keep the form open with the reason. */
  onRename: (name: string) => void;
  /** Leaves the form, renamed or not; focus goes back to the tree item. */
  onDone: () => void;
}

/** Renaming a folder or space in place in the sidebar tree. Enter saves, Escape cancels. */
export function RenameInline({ name, onRename, onDone }: RenameInlineProps) {
  const [value, setValue] = useState(name);
  const [error, setError] = useState<string | null>(null);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    try {
      onRename(value.trim());
      onDone();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : 'The name could not be changed.');
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
