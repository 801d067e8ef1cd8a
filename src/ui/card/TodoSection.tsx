import { useId, useRef, useState, type FormEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { selectTodoIds, useSpaceStore, type SpaceStore } from '../../state/index.ts';
import type { SpaceActions } from '../../sync/index.ts';
import { TODO_TEXT_MAX, type Todo } from '../../domain/index.ts';
import type { RunWrite } from './panelTypes';
import { DraftText } from './DraftText';

const trim = (text: string) => text.trim();

interface TodoSectionProps {
  cardId: string;
  store: SpaceStore;
  actions: SpaceActions;
  run: RunWrite;
}

/**
 * The card's to-do list: check, edit in place (saved when the field is left or on Enter), move up and
 * down, delete, and a field that adds one per Enter and stays focused for the next.
 */
export function TodoSection({ cardId, store, actions, run }: TodoSectionProps) {
  const todos = useSpaceStore(
    store,
    useShallow((state) => selectTodoIds(cardId)(state).map((id) => state.todos[id]!)),
  );
  const [draft, setDraft] = useState('');
  const headingId = useId();
  const list = useRef<HTMLUListElement>(null);
  const newField = useRef<HTMLInputElement>(null);
  const done = todos.filter((todo) => todo.done).length;

  const add = (event: FormEvent) => {
    event.preventDefault();
    if (run('add the to-do', () => actions.addTodo({ cardId, text: draft }))) setDraft('');
  };
  const move = (index: number, by: -1 | 1) => {
    const target = index + by;
    if (target < 0 || target >= todos.length) return;
    const todo = todos[index]!;
    // Moving up places it after the one two above (or first); moving down, after the next one.
    const afterId = by === -1 ? (target === 0 ? null : todos[target - 1]!.id) : todos[target]!.id;
    run('move the to-do', () => actions.moveTodo({ cardId, todoId: todo.id, afterId }));
    // The moved item re-renders elsewhere in the list: keep the focus on the button that moved it, or, at
    // the list's end where that button is now disabled, on the one that moves it back.
    requestAnimationFrame(() => {
      const button = (way: number) =>
        list.current?.querySelector<HTMLButtonElement>(`[data-todo="${todo.id}"][data-move="${way}"]`);
      const same = button(by);
      (same && !same.disabled ? same : button(-by))?.focus();
    });
  };

  const remove = (index: number) => {
    const todo = todos[index]!;
    if (!run('delete the to-do', () => actions.removeTodo({ cardId, todoId: todo.id }))) return;
    // The item and its button are gone: focus moves to the to-do now in its place, or the add field.
    const next = todos[index + 1] ?? todos[index - 1];
    requestAnimationFrame(() => {
      const target = next
        ? list.current?.querySelector<HTMLInputElement>(`input[type="checkbox"][data-todo="${next.id}"]`)
        : newField.current;
      (target ?? newField.current)?.focus();
    });
  };

  return (
    <section className="card-section" aria-labelledby={headingId}>
      <div className="card-section-head">
        <h3 id={headingId}>To-dos</h3>
        {todos.length > 0 && (
          <span className="muted">
            {done} of {todos.length} done
          </span>
        )}
      </div>
      {todos.length > 0 && (
        <ul className="todo-list" aria-label="To-dos" ref={list}>
          {todos.map((todo, index) => (
            <TodoItem
              key={todo.id}
              todo={todo}
              first={index === 0}
              last={index === todos.length - 1}
              onMove={(by) => move(index, by)}
              onRemove={() => remove(index)}
              cardId={cardId}
              actions={actions}
              run={run}
            />
          ))}
        </ul>
      )}
      <form className="card-inline-form" onSubmit={add}>
        <input
          ref={newField}
          aria-label="New to-do"
          placeholder="Add a to-do"
          value={draft}
          maxLength={TODO_TEXT_MAX}
          onChange={(event) => setDraft(event.target.value)}
        />
        <button type="submit">Add</button>
      </form>
    </section>
  );
}

interface TodoItemProps {
  todo: Todo;
  first: boolean;
  last: boolean;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
  cardId: string;
  actions: SpaceActions;
  run: RunWrite;
}

function TodoItem({ todo, first, last, onMove, onRemove, cardId, actions, run }: TodoItemProps) {
  const todoId = todo.id;
  const textId = useId();
  return (
    <li className={todo.done ? 'todo-item todo-done' : 'todo-item'}>
      <input
        type="checkbox"
        aria-label={todo.text}
        data-todo={todoId}
        checked={todo.done}
        onChange={(event) =>
          run('check the to-do', () => actions.checkTodo({ cardId, todoId, done: event.target.checked }))
        }
      />
      {/* What the user types is theirs while the field has the focus, whatever a colleague saves meanwhile
          (a notice then offers theirs); saved on leaving the field or on Enter. A refused text (blank)
          leaves the to-do as it was, and the field shows it again. */}
      <DraftText
        id={textId}
        label={`Edit to-do: ${todo.text}`}
        data={{ 'data-todo-text': todoId }}
        value={todo.text}
        what="the to-do"
        maxLength={TODO_TEXT_MAX}
        normalize={trim}
        onSave={(text) => run('edit the to-do', () => actions.editTodo({ cardId, todoId, text }))}
      />
      <button
        type="button"
        className="icon-button"
        aria-label={`Move up: ${todo.text}`}
        title="Move up"
        disabled={first}
        data-todo={todoId}
        data-move={-1}
        onClick={() => onMove(-1)}
      >
        ↑
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={`Move down: ${todo.text}`}
        title="Move down"
        disabled={last}
        data-todo={todoId}
        data-move={1}
        onClick={() => onMove(1)}
      >
        ↓
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={`Delete to-do: ${todo.text}`}
        title="Delete"
        onClick={onRemove}
      >
        ✕
      </button>
    </li>
  );
}
