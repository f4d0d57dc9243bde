module.exports = {
  displayName: 'api',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  // @fastify/static ships one ESM-only dependency; compile just that one to CommonJS for Jest.
  transformIgnorePatterns: ['^(?!.*/node_modules/content-disposition/).*/node_modules/'],
  moduleFileExtensions: ['ts', 'js', 'html'],
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
  // Starts the embedded PostgreSQL when DATABASE_URL is unset and hands its URL to the tests.
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  // The HTTP tests share one database; running files one after another keeps them independent.
  maxWorkers: 1,
  testTimeout: 30000,
  coverageDirectory: '../../coverage/apps/api',
};
