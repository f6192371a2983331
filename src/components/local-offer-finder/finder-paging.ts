/** How many results render at first, and how many more each "Show more" adds: the first page of Ashfield's results fits in six phone screens. */
export const PAGE_SIZE = 15;
