import { useState, type FormEvent } from 'react';
import { runWrite, useMySpace } from './mySpaceContext';
import { NAME_MAX } from '../../domain/index.ts';

/** Adds a section at the end of MySpace. */
export function NewSectionForm({ afterId }: { afterId: string | null }) {
  const tools = useMySpace();
  const [name, setName] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    let added = false;
    runWrite(tools, 'add the section', () => {
      tools.actions.createSection({ name: name.trim(), afterId });
      added = true;
    });
    if (added) setName('');
  };
  return (
    <form className="myspace-new-section" aria-label="New section" onSubmit={submit}>
      <label>
        Section name
        <input
          className="input"
          type="text"
          value={name}
          onChange={(event) => setName(event.target.value)}
          maxLength={NAME_MAX}
          required
        />
      </label>
      <button type="submit">Add section</button>
    </form>
  );
}
