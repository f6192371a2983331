/** What the catalogue's entries share: the date they were checked, and how they cite the Children Act 1989. */
import type { Source } from '../national-catalogue.js';

export const CHECKED = '2026-12-01';

export const CA1989 = (section: string): Source => ({
  title: `Children Act 1989, section ${section}`,
  url: `https://www.legislation.gov.uk/ukpga/1989/41/section/${section}`,
});

export const LOOKED_AFTER_COUNCIL = 'The council that looked after you';
