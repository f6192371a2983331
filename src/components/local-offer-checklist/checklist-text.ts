/**
 * The checklist as plain text, for "Download as text": every item with its tick, value, how to claim and
 * who to ask, so the young person can keep it anywhere.
 */
import type { Localizer } from '../../i18n/localize.js';
import type { ChecklistKey } from '../../i18n/strings/checklist.js';
import type { OfferItemKey } from '../../i18n/strings/offer-items.js';
import type { TrustKey } from '../../i18n/strings/trust.js';
import { formatDate, formatValue } from '../../i18n/format.js';
import type { JoinedItem } from '../../model/joined-offer.js';
import type { Offer } from '../../schema/offer-schema.js';
import { AREAS } from '../../schema/vocabularies.js';
import { AREA_KEYS, type AreaKey } from '../../i18n/strings/vocabulary.js';
import { describeDeliverer, describeReason } from '../shared/reason-text.js';

export function checklistAsText(
  offer: Offer,
  items: readonly JoinedItem[],
  ticks: ReadonlySet<string>,
  localizer: Localizer<ChecklistKey | OfferItemKey | TrustKey | AreaKey>,
  councilName: (code: string) => string,
  lookedAfterByName?: string,
): string {
  const lines: string[] = [offer.title, localizer.t('lastReviewed', { date: formatDate(offer.lastReviewed, localizer.locale) }), ''];
  lines.push(localizer.t('progress', { ticked: items.filter((item) => ticks.has(item.key)).length, total: items.length }), '');
  for (const area of AREAS) {
    const inArea = items.filter((item) => item.area === area);
    if (inArea.length === 0) continue;
    lines.push(localizer.t(AREA_KEYS[area]).toLocaleUpperCase(localizer.locale), '');
    for (const item of inArea) {
      const source = item.lead;
      lines.push(`[${ticks.has(item.key) ? 'x' : ' '}] ${item.title} — ${ticks.has(item.key) ? localizer.t('ticked') : localizer.t('notTicked')}`);
      lines.push(`    ${item.summary}`);
      const value = formatValue(source?.item.value, localizer, localizer.locale);
      if (value) lines.push(`    ${localizer.t('worth')}: ${value}`);
      lines.push(`    ${localizer.t('why')}: ${item.reasons.map((reason) => describeReason(reason, localizer, councilName)).join('; ')}`);
      const provider = source?.provider?.name ?? (item.national ? describeDeliverer(item.national, lookedAfterByName, localizer) : undefined);
      if (provider) lines.push(`    ${localizer.t('providedBy')}: ${provider}`);
      if (source?.item.eligibility?.conditions) lines.push(`    ${localizer.t('onlyIf')}: ${source.item.eligibility.conditions}`);
      if (source?.item.howToClaim) lines.push(`    ${localizer.t('howToClaim')}: ${source.item.howToClaim}`);
      if (source?.item.evidence?.length) lines.push(`    ${localizer.t('evidence')}: ${source.item.evidence.join('; ')}`);
      const contact = source?.item.contactId ? source.offer.contacts.find((c) => c.id === source.item.contactId) : undefined;
      if (contact) lines.push(`    ${localizer.t('whoToAsk')}: ${[contact.name, contact.phone, contact.email].filter(Boolean).join(', ')}`);
      for (const link of source?.item.links ?? []) lines.push(`    ${link.title}: ${link.url.trim()}`);
      lines.push('');
    }
  }
  return lines.join('\n');
}
