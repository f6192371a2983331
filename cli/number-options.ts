/**
 * Options that take a whole number (a time limit, a count), checked once here so that every command says
 * the same thing about "--timeout abc".
 */
import { UsageError } from './args.js';

export function wholeNumberOption(value: string | undefined, option: string, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value.trim()) || Number(value) < min || Number(value) > max)
    throw new UsageError(`${option} "${value}" must be a whole number from ${min} to ${max}`);
  return Number(value);
}
