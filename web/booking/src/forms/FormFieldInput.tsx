/** One question of a form, as the input its type calls for. */
import type { FormFieldView } from '../api/contract';

export type Answer = string | number | boolean | string[];

export function FormFieldInput({ field, value, error, onValue }: { field: FormFieldView; value: Answer | undefined; error?: string | undefined; onValue: (value: Answer | undefined) => void }) {
  const id = `q-${field.key}`;
  const label = `${field.label}${field.required ? '' : ' (optional)'}`;
  const errorLine = error ? (
    <p id={`${id}-error`} class="error">
      {error}
    </p>
  ) : null;
  const wrap = (control: preact.ComponentChildren, legend = false) =>
    legend ? (
      <fieldset class={error ? 'field field-invalid' : 'field'}>
        <legend>{label}</legend>
        {control}
        {errorLine}
      </fieldset>
    ) : (
      <div class={error ? 'field field-invalid' : 'field'}>
        <label for={id}>{label}</label>
        {control}
        {errorLine}
      </div>
    );
  switch (field.type) {
    case 'long_text':
      return wrap(<textarea id={id} rows={3} value={typeof value === 'string' ? value : ''} onInput={(event) => onValue(event.currentTarget.value)} />);
    case 'short_text':
    case 'date':
      return wrap(<input id={id} type={field.type === 'date' ? 'date' : 'text'} value={typeof value === 'string' ? value : ''} onInput={(event) => onValue(event.currentTarget.value)} />);
    case 'number':
      return wrap(<input id={id} type="number" inputMode="decimal" value={typeof value === 'number' ? value : ''} onInput={(event) => onValue(event.currentTarget.value === '' ? undefined : Number(event.currentTarget.value))} />);
    case 'scale':
      return wrap(
        <div class="scale">
          {Array.from({ length: (field.max ?? 10) - (field.min ?? 0) + 1 }, (_, index) => index + (field.min ?? 0)).map((n) => (
            <label key={n} class="scale-option">
              <input type="radio" name={id} checked={value === n} onChange={() => onValue(n)} />
              {n}
            </label>
          ))}
        </div>,
        true,
      );
    case 'yes_no':
      return wrap(
        <div class="choices">
          {([true, false] as const).map((option) => (
            <label key={String(option)} class="choice">
              <input type="radio" name={id} checked={value === option} onChange={() => onValue(option)} />
              {option ? 'Yes' : 'No'}
            </label>
          ))}
        </div>,
        true,
      );
    case 'single_choice':
      return wrap(
        <div class="choices">
          {(field.choices ?? []).map((choice) => (
            <label key={choice.value} class="choice">
              <input type="radio" name={id} checked={value === choice.value} onChange={() => onValue(choice.value)} />
              {choice.label}
            </label>
          ))}
        </div>,
        true,
      );
    case 'multiple_choice': {
      const chosen = Array.isArray(value) ? value : [];
      return wrap(
        <div class="choices">
          {(field.choices ?? []).map((choice) => (
            <label key={choice.value} class="choice">
              <input
                type="checkbox"
                checked={chosen.includes(choice.value)}
                onChange={(event) => onValue(event.currentTarget.checked ? [...chosen, choice.value] : chosen.filter((item) => item !== choice.value))}
              />
              {choice.label}
            </label>
          ))}
        </div>,
        true,
      );
    }
  }
}
