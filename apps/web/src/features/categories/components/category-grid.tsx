import type { CategoryDto } from '@qifu/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CardGrid } from '../../../components/ui/card-grid';
import { paths } from '../../../config/paths';
import { useLocalizedName } from '../../../i18n/use-app-language';

export function CategoryGrid({ categories }: { categories: CategoryDto[] }) {
  const { t } = useTranslation();
  const localizedName = useLocalizedName();
  return (
    <CardGrid
      items={categories}
      columns={6}
      getKey={(category) => category.code}
      renderItem={(category) => (
        <Link
          to={paths.services.list.getHref({ category: category.code })}
          className="qf-card qf-card--link qf-category-card"
        >
          <span className="qf-category-card__name">
            {localizedName(category)}
          </span>
          <span className="qf-category-card__count">
            {t('home.categoryCount', { count: category.serviceCount })}
          </span>
        </Link>
      )}
    />
  );
}
