import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { CompanySize, CompanyTier, LifecycleStage } from '@qifu/contracts';

@Entity('company')
export class Company {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  name!: string;

  @Column('text', { name: 'short_name' })
  shortName!: string;

  @Column('text', { name: 'credit_code', nullable: true })
  creditCode!: string | null;

  @Column('text')
  industry!: string;

  @Column('text')
  size!: CompanySize;

  @Column('text')
  stage!: LifecycleStage;

  @Column('text', { array: true, default: () => "'{}'" })
  tiers!: CompanyTier[];

  @Column('text', { name: 'contact_name' })
  contactName!: string;

  @Column('text', { name: 'contact_phone' })
  contactPhone!: string;

  @Column('text', { default: '' })
  description!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
