/**
 * The one live-region announcer: every control that reports what it did (copy, share, save, theme)
 * writes through it into its own status element, visible or not.
 */
const timers = new WeakMap<Element, number>();

/** Says `message` in `status`, then clears it after five seconds. */
export function announce(status: Element, message: string): void {
  clearTimeout(timers.get(status));
  // Emptied first, and filled a moment later, so the same message twice is announced twice.
  status.textContent = '';
  setTimeout(() => (status.textContent = message), 50);
  timers.set(status, window.setTimeout(() => (status.textContent = ''), 5000));
}
