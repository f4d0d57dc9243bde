export * from './lib/auth.enums';
export * from './lib/auth.schemas';
export * from './lib/auth.types';
export * from './lib/catalogue.enums';
export * from './lib/catalogue.schemas';
export * from './lib/catalogue.types';
export * from './lib/credit-code';
export * from './lib/error-codes';
