import { Column, CreateDateColumn, Entity, JoinTable, ManyToMany, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ProviderKind, ProviderStatus } from '@qifu/contracts';
import { Category } from '../categories/category.entity';

@Entity('provider')
export class Provider {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  name!: string;

  @Column('text', { name: 'short_name' })
  shortName!: string;

  @Column('text')
  kind!: ProviderKind;

  @Column('text', { default: 'pending' })
  status!: ProviderStatus;

  @Column('text')
  summary!: string;

  @Column('text', { default: '' })
  description!: string;

  @Column('text', { name: 'contact_name' })
  contactName!: string;

  @Column('text', { name: 'contact_phone' })
  contactPhone!: string;

  @Column('text', { name: 'contact_email', nullable: true })
  contactEmail!: string | null;

  @Column('text', { default: '' })
  address!: string;

  @Column('text', { nullable: true })
  website!: string | null;

  @Column('text', { name: 'credit_code', nullable: true })
  creditCode!: string | null;

  @Column('timestamptz', { name: 'joined_at' })
  joinedAt!: Date;

  @ManyToMany(() => Category)
  @JoinTable({
    name: 'provider_category',
    joinColumn: { name: 'provider_id', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'category_code', referencedColumnName: 'code' },
  })
  categories!: Category[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
