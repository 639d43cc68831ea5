/** Runs every step of a harness's cleanup even when one fails (each failure logged), so a broken part never leaks the rest. */
export async function cleanUpAll(harness: string, steps: (() => Promise<unknown> | undefined)[]): Promise<void> {
  for (const step of steps) {
    try {
      await step();
    } catch (error) {
      console.warn(`${harness} cleanup:`, error);
    }
  }
}
