// What <local-offer-coverage> loads when it is on the page (by import()): the hexagons of the map, the
// loading and measuring of offers, the national figure it compares with, and the drawing. No other element
// carries any of it.
import { findNationalEntitlement } from '../../entitlements/national-catalogue.js';
import { HEX_LINES } from './hexes.data.js';
import { layoutHexes, parseHexLines } from './hex-layout.js';

export { COUNCILS } from '../../places/council-registry.js';
export { loadCoverage, readAnyReport } from './coverage-loader.js';
export { coverageRows, filterRows, sortRows } from './coverage-measures.js';
export { neighbourOf } from './hex-layout.js';
export { renderCoverage } from './coverage-view.js';

export const HEX_MAP = layoutHexes(parseHexLines(HEX_LINES));
export const SETTING_UP_HOME = findNationalEntitlement('setting-up-home-allowance')!;
