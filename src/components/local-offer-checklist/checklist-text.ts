/**
 * The checklist as plain text, for "Download as text": every item with its tick, the same facts the page
 * shows (src/describe/item.ts), how to claim and who to ask, so the young person can keep it anywhere.
 */
import { describeItem, type DescribeContext, type ItemDescription } from '../../describe/item.js';
import { groupItems } from '../../describe/item-groups.js';
import { describeMayApply } from '../../describe/reasons.js';
import { formatDate } from '../../i18n/format.js';
import type { Localizer } from '../../i18n/localize.js';
import type { ChecklistKey } from '../../i18n/strings/checklist.js';
import type { OfferItemKey } from '../../i18n/strings/offer-items.js';
import type { TimeKey } from '../../i18n/strings/times.js';
import type { TrustKey } from '../../i18n/strings/trust.js';
import { AREA_KEYS, type AreaKey } from '../../i18n/strings/vocabulary.js';
import type { JoinedItem } from '../../model/joined-offer.js';
import type { Offer } from '../../schema/offer-schema.js';
import { AREA_ORDER } from '../../model/area-order.js';

export function checklistAsText(
  offer: Offer,
  items: readonly JoinedItem[],
  ticks: ReadonlySet<string>,
  localizer: Localizer<ChecklistKey | OfferItemKey | TimeKey | TrustKey | AreaKey>,
  context: Omit<DescribeContext, 'words'>,
): string {
  const { t } = localizer;
  const described = (list: readonly JoinedItem[]) => list.map((item) => ({ item, description: describeItem(item, { ...context, words: localizer }) }));
  // The same three groups as the page: to tick, may be for you, not available yet.
  const groups = groupItems(items, localizer, context.today);
  const [toTick, maybe, notYet] = [described(groups.applying), described(groups.maybe), described(groups.notYet)];
  const lines: string[] = [offer.title, t('lastReviewed', { date: formatDate(offer.lastReviewed, localizer.locale) }), ''];
  lines.push(t('progress', { ticked: toTick.filter(({ item }) => ticks.has(item.key)).length, total: toTick.length }), '');
  for (const area of AREA_ORDER) {
    const inArea = toTick.filter(({ item }) => item.area === area);
    if (inArea.length === 0) continue;
    lines.push(t(AREA_KEYS[area]).toLocaleUpperCase(localizer.locale), '');
    for (const { item, description } of inArea) {
      const ticked = ticks.has(item.key);
      lines.push(`[${ticked ? 'x' : ' '}] ${item.title} — ${ticked ? t('ticked') : t('notTicked')}`);
      lines.push(...itemLines(item, description, localizer));
    }
  }
  for (const [heading, group] of [
    [t(toTick.length ? 'mayApplyHeading' : 'mayApplyOnlyHeading'), maybe],
    [t('notYetHeading'), notYet],
  ] as const) {
    if (!group.length) continue;
    lines.push(heading.toLocaleUpperCase(localizer.locale), '');
    for (const { item, description } of group) {
      lines.push(`- ${item.title}`, `    ${description.pending ?? describeMayApply(item.unknowns, localizer)}`);
      lines.push(...itemLines(item, description, localizer));
    }
  }
  return lines.join('\n');
}

/** An item's summary, facts, details, how to claim, who to ask and links, indented under its title. */
function itemLines(item: JoinedItem, description: ItemDescription, localizer: Localizer<OfferItemKey>): string[] {
  const { t } = localizer;
  const source = item.lead;
  const lines = [`    ${item.summary}`];
  for (const fact of description.facts) lines.push(`    ${fact.label}: ${fact.lines.join('; ')}`);
  if (source?.item.details) lines.push(`    ${source.item.details}`);
  if (source?.item.howToClaim) lines.push(`    ${t('howToClaim')}: ${source.item.howToClaim}`);
  if (source?.item.evidence?.length) lines.push(`    ${t('evidence')}: ${source.item.evidence.join('; ')}`);
  const contact = source?.item.contactId ? source.offer.contacts.find((c) => c.id === source.item.contactId) : undefined;
  if (contact) lines.push(`    ${t('whoToAsk')}: ${[contact.name, contact.phone, contact.email].filter(Boolean).join(', ')}`);
  for (const link of source?.item.links ?? []) lines.push(`    ${link.title}: ${link.url.trim()}`);
  if (!source && item.national) lines.push(`    ${item.national.source.title}: ${item.national.source.url}`);
  lines.push('');
  return lines;
}

/** Offers text as a file to save: a link clicked once, then removed; the file's address is freed later. */
export function downloadText(root: Node, filename: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  root.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
