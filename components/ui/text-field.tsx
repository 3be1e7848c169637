import { type ComponentProps, useId } from 'react';

type TextFieldProps = Omit<ComponentProps<'input'>, 'id'> & {
  label: string;
  hint?: string;
  /** What is wrong with the value, said under it (and the input marked invalid); nothing when null. */
  problem?: string | null;
  problemTestId?: string;
};

/** A labelled text input; the label is always visible, never a placeholder stand-in. */
export function TextField({ label, hint, problem, problemTestId, className = '', ...input }: TextFieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const problemId = problem ? `${id}-problem` : undefined;
  const describedBy = [hintId, problemId, input['aria-describedby']].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`flex flex-col gap-1.5 ${className}`}>
      <label htmlFor={id} className="text-sm font-medium text-fg">
        {label}
      </label>
      <input
        id={id}
        {...input}
        aria-invalid={problem ? true : input['aria-invalid']}
        aria-describedby={describedBy}
        className="h-10 rounded-md border border-line-strong bg-raised px-3 text-sm text-fg placeholder:text-muted aria-invalid:border-danger disabled:opacity-60"
      />
      {hint ? (
        <p id={hintId} className="text-xs text-muted">
          {hint}
        </p>
      ) : null}
      {problem ? (
        <p id={problemId} role="alert" data-testid={problemTestId} className="text-xs text-danger">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
