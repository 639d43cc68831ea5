import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity('officials')
export class OfficialEntity {
  /** A UUID made by the app, not the database, so SQLite and PostgreSQL behave the same. */
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  username!: string;

  @Column({ name: 'full_name', type: 'varchar', length: 200 })
  fullName!: string;

  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Index()
  @Column({ name: 'unit_code', type: 'varchar', length: 64 })
  unitCode!: string;

  /** Position as printed under a signature ("Phó Chủ tịch"); decides nothing by itself. */
  @Column({ type: 'varchar', length: 120, nullable: true })
  title!: string | null;

  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash!: string;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /** Set when the password was given by someone else (an administrator's reset, the first administrator): change it first. */
  @Column({ name: 'must_change_password', type: 'boolean', default: false })
  mustChangePassword!: boolean;

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;
}
