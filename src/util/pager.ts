/** Hands out items from lists in turn until `limit` are out: the page of a long list shown in groups. */
export function pager(limit: number) {
  let left = limit;
  return {
    take<T>(items: readonly T[]): readonly T[] {
      const taken = items.slice(0, Math.max(0, left));
      left -= taken.length;
      return taken;
    },
    /** Whether the page is full. */
    get full(): boolean {
      return left <= 0;
    },
  };
}
