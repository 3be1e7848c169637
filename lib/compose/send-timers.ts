import 'server-only';

const holder = globalThis as typeof globalThis & { __letterboxSendTimers?: Map<string, NodeJS.Timeout> };
const timers = () => (holder.__letterboxSendTimers ??= new Map());

/**
 * The in-process alarms of queued sends, by the queued draft's id. Only an alarm: the queue
 * itself is the Drafts folder (queue-marks.ts), so an alarm lost with a restart is set again
 * when the account is next seen (resume-queued.ts), and one set twice sends once (the claim
 * in dispatch-queued.ts). Timers do not keep the process alive.
 */
export function setSendAlarm(id: string, at: number, fire: () => void): void {
  clearSendAlarm(id);
  const timer = setTimeout(
    () => {
      timers().delete(id);
      fire();
    },
    Math.max(0, at - Date.now()),
  );
  timer.unref();
  timers().set(id, timer);
}

export function clearSendAlarm(id: string): void {
  clearTimeout(timers().get(id));
  timers().delete(id);
}

export const hasSendAlarm = (id: string): boolean => timers().has(id);
