/**
 * Live regions. Both are always in the page (empty when quiet) so screen readers announce what
 * appears in them, and their space is kept so nothing jumps when a message comes and goes.
 */
import type { ComponentChildren } from 'preact';

export function StatusMessage({ children }: { children?: ComponentChildren }) {
  return (
    <div role="status" aria-live="polite" class={children ? 'message message-info' : 'message message-empty'}>
      {children}
    </div>
  );
}

export function ErrorMessage({ children, action }: { children?: ComponentChildren; action?: { label: string; run: () => void } }) {
  return (
    <div role="alert" class={children ? 'message message-error' : 'message message-empty'}>
      {children}
      {children && action ? (
        <button type="button" class="link-button" onClick={action.run}>
          {action.label}
        </button>
      ) : null}
    </div>
  );
}
