/**
 * Work started when a mouse rests on something, ahead of the click that is likely to follow:
 * a person's pointer settles on a target a few hundred milliseconds before pressing, and
 * after ~65 ms of rest a click follows about half the time (instant.page's measurement, the
 * figure its preloading is built on). A pointer that merely crosses a row on its way
 * elsewhere starts nothing. Touch and pen have no hover worth the name: their press
 * (pointerdown) is the signal, which the callers handle themselves.
 */
export const HOVER_INTENT_MS = 65;

export interface HoverIntent {
  /** The pointer arrived: `run` once it has rested `delay` ms, unless it leaves first. */
  enter: (event: { pointerType: string }, run: () => void) => void;
  /** The pointer left (or the target went away): nothing pending runs. */
  leave: () => void;
}

export function createHoverIntent(delay = HOVER_INTENT_MS): HoverIntent {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const leave = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  return {
    enter: (event, run) => {
      leave();
      if (event.pointerType !== 'mouse') return;
      timer = setTimeout(() => {
        timer = undefined;
        run();
      }, delay);
    },
    leave,
  };
}

/** One pointer, one pending intent: the page shares this one. */
export const hoverIntent = createHoverIntent();
