// The one-file bundle: the whole public API, with every element registered.
export * from './index.js';
import './define.js';
