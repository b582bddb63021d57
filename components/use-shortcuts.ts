// Single-key shortcuts for a page's buttons (the popup's S, C, D, O, L): a plain letter, no
// modifier, never while the reader types into a field or a key repeats.
import { useEffect, useRef } from 'preact/hooks';

/** A letter key (as KeyboardEvent.key gives it, lower case) and what it does. */
export type Shortcuts = Readonly<Record<string, () => void>>;

export function useShortcuts(shortcuts: Shortcuts | undefined): void {
  // The latest handlers, without re-adding the listener on every render.
  const current = useRef(shortcuts);
  current.current = shortcuts;
  const enabled = shortcuts !== undefined;
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat || event.isComposing || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target)) return;
      const action = current.current?.[event.key.toLowerCase()];
      if (!action) return;
      event.preventDefault();
      action();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [enabled]);
}

/** A key pressed in a field, a select or editable text is typing, not a command. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !['button', 'checkbox', 'radio', 'submit', 'reset', 'file', 'image', 'range', 'color'].includes(target.type);
  return target instanceof HTMLElement && target.isContentEditable;
}
