/** An inline "are you sure?" with its confirming action focused, so a keyboard user lands on it. */
import type { ComponentChildren } from 'preact';
import { useFocusOnMount } from './useFocusOnMount';

interface Props {
  id: string;
  question: ComponentChildren;
  confirmLabel: string;
  busyLabel: string;
  dismissLabel: string;
  busy: boolean;
  tone: 'primary' | 'danger';
  onConfirm: () => void;
  onDismiss: () => void;
}

export function ConfirmBox({ id, question, confirmLabel, busyLabel, dismissLabel, busy, tone, onConfirm, onDismiss }: Props) {
  const confirmRef = useFocusOnMount<HTMLButtonElement>();
  return (
    <div class="confirm-box" role="group" aria-labelledby={id}>
      <p id={id}>
        <strong>{question}</strong>
      </p>
      <div class="actions">
        <button type="button" class={tone} disabled={busy} onClick={onConfirm} ref={confirmRef}>
          {busy ? busyLabel : confirmLabel}
        </button>
        <button type="button" class="secondary" disabled={busy} onClick={onDismiss}>
          {dismissLabel}
        </button>
      </div>
    </div>
  );
}
