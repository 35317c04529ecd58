// Public entry of @factlint/schemas: the dataset and configuration schemas.
export * from './dataset.js';
export * from './config.js';
