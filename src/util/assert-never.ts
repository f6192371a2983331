/**
 * For the default branch of a switch over a closed set (error kinds, reasons): the type checker refuses
 * the call if a case is missing, so a new kind cannot silently fall into another kind's branch.
 */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`Unexpected ${what}: ${JSON.stringify(value)}`);
}
