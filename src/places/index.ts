export * from './council-registry.js';
