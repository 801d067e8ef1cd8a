import { useId, type InputHTMLAttributes } from 'react';
import { NAME_MAX } from '../../domain/index.ts';

type FieldProps = { label: string; hint?: string } & InputHTMLAttributes<HTMLInputElement>;

/** A labelled input: the label is what tests and screen readers find the field by. */
export function Field({ label, hint, ...input }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} aria-describedby={hint ? hintId : undefined} {...input} />
      {hint && (
        <span id={hintId} className="hint">
          {hint}
        </span>
      )}
    </div>
  );
}

type NameFieldProps = { label?: string; value: string; onChange: (name: string) => void } & Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'value' | 'onChange'
>;

/** A labelled field for a name (of a space, column, label…): it stops at the names' one limit. */
export function NameField({ label = 'Name', value, onChange, ...input }: NameFieldProps) {
  return (
    <Field
      label={label}
      maxLength={NAME_MAX}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      {...input}
    />
  );
}
