/**
 * Runs a task for each item with at most `limit` running at once, so a directory of 317 offers is fetched
 * quickly without opening 317 connections at once (to a shared host, that looks like an attack).
 */
export async function runLimited<T, R>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
