// Error codes clients rely on, and the masking that keeps everything else (SQL, stacks) inside.
export * from './codes.js';
export * from './masking.js';
export * from './postgres.js';
