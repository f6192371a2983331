/**
 * Amounts below the national figure an item points at. The catalogue is too large for the elements to
 * carry, so this check is for publishers only. The words follow the catalogue entry's `basis`: only a
 * statute is "the law", only a recommendation is what "the government recommends".
 */
import { findNationalEntitlement, type NationalEntitlement } from '../entitlements/national-catalogue.js';
import { warning, type ValidationIssue } from '../schema/issues.js';

/** "£3,000" or "£1,999.50", grouped by hand so the text is the same in every engine and locale. */
export function pounds(pence: number): string {
  const whole = String(Math.floor(pence / 100)).replace(/\B(?=(\d{3})+$)/g, ',');
  return `£${whole}${pence % 100 ? `.${String(pence % 100).padStart(2, '0')}` : ''}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "1 April 2023" from "2023-04-01". */
export function longDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** "the setting-up-home allowance", from the entry's title. */
function nameOf(entry: NationalEntitlement): string {
  const title = entry.title.replace(/^(?:A|An|The) /, '');
  return `the ${/^[A-Z][a-z]/.test(title) ? title[0]!.toLowerCase() + title.slice(1) : title}`;
}

/** Who sets the national figure, in words the entry's basis supports. */
function whoSets(entry: NationalEntitlement, amount: string): string {
  if (entry.basis === 'recommended') return `the ${amount} the government recommends`;
  if (entry.basis === 'statute') return `the ${amount} the law sets`;
  return `the national figure of ${amount}`;
}

function since(entry: NationalEntitlement): string {
  if (entry.amountValidFrom) return ` (from ${longDate(entry.amountValidFrom)})`;
  if (entry.amountStatedOn) return ` (as stated on ${longDate(entry.amountStatedOn)})`;
  return '';
}

const isRecord = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);

/**
 * Warnings for items whose `value.amountPence` is below the amount of the national entitlement they name.
 * Below a tenth is most likely pounds written for pence, and is said so. Amounts paid over a different
 * period are not compared, and neither is a national figure that is only a maximum ("up to").
 */
export function nationalAmountHints(document: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const items = isRecord(document) && Array.isArray(document.entitlements) ? document.entitlements : [];
  items.forEach((item: unknown, index) => {
    if (!isRecord(item) || typeof item.nationalEntitlement !== 'string' || !isRecord(item.value)) return;
    const { amountPence: amount, period } = item.value;
    const entry = findNationalEntitlement(item.nationalEntitlement);
    if (!entry?.amountPence || typeof amount !== 'number' || !Number.isInteger(amount) || amount < 0 || amount >= entry.amountPence) return;
    if (period !== undefined && entry.period !== undefined && period !== entry.period) return;
    const national = pounds(entry.amountPence);
    const path = ['entitlements', index, 'value', 'amountPence'];
    if (amount > 0 && amount * 10 < entry.amountPence) {
      issues.push(
        warning(
          path,
          `"amountPence" is ${amount}, which is ${pounds(amount)}; the national figure for ${nameOf(entry)} is ${national}. Amounts are in pence, so ${national} is ${entry.amountPence}`,
        ),
      );
    } else if (!entry.upTo) {
      issues.push(warning(path, `"amountPence" is ${pounds(amount)}, less than ${whoSets(entry, national)}${since(entry)}`));
    }
  });
  return issues;
}
