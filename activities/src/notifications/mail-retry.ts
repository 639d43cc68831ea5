/** A failed e-mail waits one round of mail retry, then twice as long after each further failure, at most this many rounds. */
export const MAX_ROUNDS_BETWEEN_TRIES = 60;

/** When an e-mail that has now failed `failures` times is tried again, when the mail retry workflow wakes every `everyMs`. */
export function nextMailTry(now: Date, failures: number, everyMs: number): Date {
  const rounds = Math.min(2 ** Math.max(failures - 1, 0), MAX_ROUNDS_BETWEEN_TRIES);
  return new Date(now.getTime() + rounds * everyMs);
}
