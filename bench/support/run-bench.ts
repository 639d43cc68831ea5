/**
 * Runs a bench and ends the process with its outcome: the servers and clients a bench starts may leave handles open,
 * and a bench that has printed its figures has nothing left to wait for.
 */
export function runBench(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
