import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { LifecycleStage, PriceModel, ServiceStatus } from '@qifu/contracts';
import { Category } from '../categories/category.entity';
import { Provider } from '../providers/provider.entity';

// A provider's offer in the catalogue ("service" to users; "listing" in code, so it does not
// collide with Nest's services).
@Entity('service_listing')
export class ServiceListing {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'provider_id' })
  providerId!: string;

  @ManyToOne(() => Provider, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'provider_id' })
  provider?: Provider;

  @Column('text', { name: 'category_code' })
  categoryCode!: string;

  @ManyToOne(() => Category)
  @JoinColumn({ name: 'category_code' })
  category?: Category;

  @Column('text')
  title!: string;

  @Column('text')
  summary!: string;

  @Column('text')
  description!: string;

  @Column('text', { array: true, default: () => "'{}'" })
  deliverables!: string[];

  @Column('text', { array: true })
  stages!: LifecycleStage[];

  @Column('text', { name: 'price_model' })
  priceModel!: PriceModel;

  // numeric arrives from pg as a string; keep it exact and convert at the edge.
  @Column('numeric', { name: 'price_min', precision: 14, scale: 2, nullable: true })
  priceMin!: string | null;

  @Column('numeric', { name: 'price_max', precision: 14, scale: 2, nullable: true })
  priceMax!: string | null;

  @Column('text', { name: 'price_unit', nullable: true })
  priceUnit!: string | null;

  @Column('text')
  duration!: string;

  @Column('text', { default: 'draft' })
  status!: ServiceStatus;

  @Column('timestamptz', { name: 'published_at', nullable: true })
  publishedAt!: Date | null;

  @Column('numeric', { name: 'rating_avg', precision: 3, scale: 2, nullable: true })
  ratingAvg!: string | null;

  @Column('integer', { name: 'rating_count', default: 0 })
  ratingCount!: number;

  /** Maintained by a database trigger; never written by the app. */
  @Column({ type: 'text', name: 'search_text', insert: false, update: false, select: false })
  searchText!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
