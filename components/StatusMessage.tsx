// What the popup shows instead of a card: a loading line or a clear message, never a blank popup.
import type { ComponentChildren } from 'preact';

interface StatusMessageProps {
  kind: 'loading' | 'info' | 'error';
  title: string;
  children?: ComponentChildren;
}

export function StatusMessage({ kind, title, children }: StatusMessageProps) {
  return (
    <section class={`status status-${kind}`} role={kind === 'error' ? 'alert' : 'status'} aria-busy={kind === 'loading'}>
      {kind === 'loading' && <span class="spinner" aria-hidden="true" />}
      <h1 class="status-title">{title}</h1>
      {children}
    </section>
  );
}
