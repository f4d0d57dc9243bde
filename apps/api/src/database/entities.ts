import { Category } from '../modules/categories/category.entity';
import { Company } from '../modules/companies/company.entity';
import { Provider } from '../modules/providers/provider.entity';
import { ServiceListing } from '../modules/listings/service-listing.entity';

export const ENTITIES = [Category, Provider, ServiceListing, Company];
