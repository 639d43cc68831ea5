// Applies pending migrations to the database named by the environment (DATABASE_URL or the SQLite default).
import { loadToolConfig } from '@tdkt/config';
import { openDatabase } from '../data-source';

async function main(): Promise<void> {
  // The database settings only: migrating needs no API secret.
  const config = loadToolConfig();
  const dataSource = await openDatabase(config.database, { migrate: true });
  const applied = await dataSource.query('SELECT name FROM migrations ORDER BY id');
  process.stdout.write(`Migrations applied: ${applied.map((m: { name: string }) => m.name).join(', ')}\n`);
  await dataSource.destroy();
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
