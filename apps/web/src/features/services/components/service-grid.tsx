import type { ServiceSummaryDto } from '@qifu/contracts';
import { CardGrid } from '../../../components/ui/card-grid';
import { ServiceCard } from './service-card';

export interface ServiceGridProps {
  services: ServiceSummaryDto[];
  label?: string;
  headingLevel?: 2 | 3;
}

export function ServiceGrid({
  services,
  label,
  headingLevel,
}: ServiceGridProps) {
  return (
    <CardGrid
      items={services}
      label={label}
      getKey={(service) => service.id}
      renderItem={(service) => (
        <ServiceCard service={service} headingLevel={headingLevel} />
      )}
    />
  );
}
