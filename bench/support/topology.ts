/**
 * Which Temporal the benches run against. `dev`: the dev server exactly as `npm start` runs it (the
 * embedded default). `cluster`: the production Temporal server on PostgreSQL, as `npm run start:cluster`
 * and docker-compose.yml run it, with the app database on PostgreSQL too.
 */
export type Topology = 'dev' | 'cluster';

const FLAG = '--topology=';

/** `--topology=dev|cluster` on the command line, else BENCH_TOPOLOGY, else `dev` as before the switch existed. */
export function benchTopology(argv: readonly string[] = process.argv): Topology {
  const value = argv.find((arg) => arg.startsWith(FLAG))?.slice(FLAG.length) ?? process.env.BENCH_TOPOLOGY ?? 'dev';
  if (value !== 'dev' && value !== 'cluster') throw new Error(`Unknown topology "${value}": dev or cluster`);
  return value;
}

/** The positional arguments (sizes, counts), the topology flag left out. */
export function benchArguments(argv: readonly string[] = process.argv): string[] {
  return argv.slice(2).filter((arg) => !arg.startsWith(FLAG));
}
