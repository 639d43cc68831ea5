import { Entity, PrimaryColumn } from 'typeorm';
import type { Role } from '@tdkt/domain';

/** A role an official holds in their own unit; a table rather than a list so "who leads unit X" is one query. */
@Entity('official_roles')
export class OfficialRoleEntity {
  @PrimaryColumn({ name: 'official_id', type: 'varchar', length: 36 })
  officialId!: string;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  role!: Role;
}
