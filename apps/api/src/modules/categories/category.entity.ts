import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('category')
export class Category {
  @PrimaryColumn('text')
  code!: string;

  @Column('text', { name: 'name_zh' })
  nameZh!: string;

  @Column('text', { name: 'name_en' })
  nameEn!: string;

  @Column('integer', { name: 'sort_order', default: 0 })
  sortOrder!: number;
}
