export * from './lib/catalogue.enums';
export * from './lib/catalogue.schemas';
export * from './lib/catalogue.types';
export * from './lib/error-codes';
