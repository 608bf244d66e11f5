interface FieldMessagesProps {
  /** Referenced by the field's aria-describedby, so the element is always rendered. */
  id: string;
  errors?: readonly string[];
  warnings?: readonly string[];
}

/** Messages next to a field: errors block saving, warnings only advise. */
export function FieldMessages({ id, errors = [], warnings = [] }: FieldMessagesProps) {
  return (
    <div id={id} class="field-messages" aria-live="polite">
      {errors.map((message) => (
        <p class="error" key={message}>
          {message}
        </p>
      ))}
      {warnings.map((message) => (
        <p class="warning" key={message}>
          {message}
        </p>
      ))}
    </div>
  );
}

export function isInvalid(errors: readonly string[] | undefined): boolean {
  return (errors?.length ?? 0) > 0;
}
