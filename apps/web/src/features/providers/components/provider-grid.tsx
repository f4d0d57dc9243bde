import type { ProviderSummaryDto } from '@qifu/contracts';
import { CardGrid } from '../../../components/ui/card-grid';
import { ProviderCard } from './provider-card';

export interface ProviderGridProps {
  providers: ProviderSummaryDto[];
  label?: string;
  headingLevel?: 2 | 3;
}

export function ProviderGrid({
  providers,
  label,
  headingLevel,
}: ProviderGridProps) {
  return (
    <CardGrid
      items={providers}
      columns={4}
      label={label}
      getKey={(provider) => provider.id}
      renderItem={(provider) => (
        <ProviderCard provider={provider} headingLevel={headingLevel} />
      )}
    />
  );
}
