import { CreateOrg1763900000000 } from './1763900000000-create-org';

/** Every migration in order; the same list runs on SQLite and PostgreSQL. */
export const MIGRATIONS = [CreateOrg1763900000000];
