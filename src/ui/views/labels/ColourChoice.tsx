import { useId } from 'react';
import { LABEL_COLOURS } from './palette';

interface ColourChoiceProps {
  /** The chosen `#rrggbb`; a value outside the palette leaves every option unchecked. */
  value: string;
  onChange: (color: string) => void;
}

/**
 * The palette as a radio group named "Colour": native radios, so arrows move the choice and a screen
 * reader says each colour's name, not only its swatch.
 */
export function ColourChoice({ value, onChange }: ColourChoiceProps) {
  const group = useId();
  return (
    <div className="colour-choice" role="radiogroup" aria-label="Colour">
      {LABEL_COLOURS.map((colour) => (
        <label key={colour.value} className="colour-option" style={{ '--label': colour.value } as object}>
          <input
            type="radio"
            name={group}
            value={colour.value}
            checked={value === colour.value}
            onChange={() => onChange(colour.value)}
          />
          <span className="label-swatch" aria-hidden="true" />
          {colour.name}
        </label>
      ))}
    </div>
  );
}
