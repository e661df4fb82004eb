/**
 * Small DOM behaviours used as Svelte attachments (plain functions: element in, cleanup out),
 * so that they stay framework-free.
 */

const FOCUSABLE = 'button:not(:disabled), input:not(:disabled), [tabindex]:not([tabindex="-1"])';

/** Focuses the element once it is mounted. */
export function autofocus(el: HTMLElement): void {
  queueMicrotask(() => el.focus());
}

/**
 * Keeps Tab and Shift+Tab inside `el` (a modal dialog) and gives focus back to whatever had it
 * before when the dialog goes away.
 */
export function trapFocus(el: HTMLElement): () => void {
  const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Tab') return;
    const items = [...el.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };
  el.addEventListener('keydown', onKey);
  return () => {
    el.removeEventListener('keydown', onKey);
    if (before?.isConnected) before.focus();
  };
}
