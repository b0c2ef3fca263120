let releaseHeld: (() => void) | null = null;

/**
 * Hold the reader's clicks on the prerendered page until React has taken it
 * over. The page is on screen and looks ready before the index and the scripts
 * that hydrate it have arrived; without this, a click in that gap (an event, a
 * name, an outlet) does nothing and is lost.
 *
 * A held click's own action is stopped (a checkbox would otherwise flip before
 * React knows it, and flip back on the replay). `releaseEarlyClicks` clicks each
 * held element again, in order. Only clicks: Enter or Space on a button arrives
 * as a click too, and a key press replayed beside its click would act twice.
 */
export function holdEarlyClicks(container: HTMLElement): void {
  const held: Array<{ target: Element; event: MouseEvent }> = [];
  const hold = (event: MouseEvent) => {
    if (!(event.target instanceof Element)) return;
    event.preventDefault();
    event.stopPropagation();
    // A dispatched event cannot be dispatched again: keep a copy with the same buttons, keys and position.
    held.push({ target: event.target, event: new MouseEvent(event.type, event) });
  };
  container.addEventListener('click', hold, { capture: true });
  releaseHeld = () => {
    container.removeEventListener('click', hold, { capture: true });
    for (const { target, event } of held.splice(0)) if (target.isConnected) target.dispatchEvent(event);
  };
}

/**
 * Stop holding clicks and replay the held ones. Called once the page is
 * React's: from the loaded shell's effect (it runs after every part inside has
 * hydrated; the root's would run while the shell's Suspense boundary may still
 * be server HTML), or when the page is drawn afresh. Clicks on elements gone by
 * then are dropped. Does nothing when nothing is held.
 */
export function releaseEarlyClicks(): void {
  const release = releaseHeld;
  releaseHeld = null;
  release?.();
}
