/**
 * One item, as the checklist and the finder list it: the title as the strongest text, one line (what it is
 * worth, or its summary), and everything else behind "More about …" (GOV.UK's details component): the
 * summary, the facts in words (src/describe/item.ts), how to get it, what you need, who to ask and links.
 * The list stays short on a phone until the young person opens what interests them.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ItemDescription } from '../../describe/item.js';
import type { Localizer } from '../../i18n/localize.js';
import type { OfferItemKey } from '../../i18n/strings/offer-items.js';
import type { JoinedItem } from '../../model/joined-offer.js';
import { phoneHref, safeHref } from '../../schema/url.js';
import { renderFacts } from './facts-view.js';

export interface ItemViewModel {
  readonly words: Localizer<OfferItemKey>;
  readonly heading: (offset: number, text: string, part: string, className: string) => TemplateResult;
  readonly item: JoinedItem;
  readonly description: ItemDescription;
  /** Shown under the title: the checklist's tick box. */
  readonly control?: TemplateResult | undefined;
  /** Shown before the details, open: a note that must not be missed (an amount below the national one). */
  readonly notice?: TemplateResult | typeof nothing | undefined;
  readonly className?: string;
}

/** The one line under the title: the value when there is one ("Worth: £3,000, once"), else the summary. */
function oneLine(model: ItemViewModel): { text: string; isSummary: boolean } {
  const worth = model.description.facts.find((fact) => fact.key === 'worth' || fact.key === 'costs');
  // Amounts that differ between councils need their list: the line says so, the details show it.
  if (worth && !model.item.conflictingAmounts) return { text: `${worth.label}: ${worth.lines[0]}`, isSummary: false };
  return { text: model.item.summary, isSummary: true };
}

export function renderItem(model: ItemViewModel): TemplateResult {
  const { words, item, description } = model;
  const { t } = words;
  const entitlement = item.lead?.item;
  const contact = entitlement?.contactId ? item.lead!.offer.contacts.find((c) => c.id === entitlement.contactId) : undefined;
  const links = (entitlement?.links ?? []).map((link) => ({ title: link.title, href: safeHref(link.url) })).filter((link) => link.href);
  if (!entitlement && item.national) links.push({ title: item.national.source.title, href: safeHref(item.national.source.url) });
  const line = oneLine(model);
  const tel = phoneHref('tel', contact?.phone);
  return html`<li class="item ${model.className ?? ''}" part="item">
    ${model.heading(2, item.title, 'item-title', 'heading-s item-title')}
    ${model.control ?? nothing}
    ${description.pending ? html`<p class="hint" part="item-pending">${description.pending}</p>` : nothing}
    <p class="item-line" part="item-line">${line.text}</p>
    ${model.notice ?? nothing}
    <details part="item-details">
      <summary>${t('moreDetails')}<span class="visually-hidden">: ${item.title}</span></summary>
      ${line.isSummary ? nothing : html`<p>${item.summary}</p>`}
      ${renderFacts(description.facts)}
      ${entitlement?.details ? html`<p>${entitlement.details}</p>` : nothing}
      ${entitlement?.howToClaim ? html`<p class="heading-s">${t('howToClaim')}</p><p>${entitlement.howToClaim}</p>` : nothing}
      ${entitlement?.evidence?.length ? html`<p class="heading-s">${t('evidence')}</p><ul>${entitlement.evidence.map((e) => html`<li>${e}</li>`)}</ul>` : nothing}
      ${
        contact
          ? html`<p class="heading-s">${t('whoToAsk')}</p>
            <p>${contact.name}${tel ? html`: <a class="phone" href=${tel}>${contact.phone}</a>` : nothing}${contact.email ? html` · <a href=${`mailto:${contact.email}`}>${contact.email}</a>` : nothing}</p>`
          : nothing
      }
      ${links.length ? html`<p class="heading-s">${t('moreInformation')}</p><ul>${links.map((link) => html`<li><a href=${link.href!}>${link.title}</a></li>`)}</ul>` : nothing}
    </details>
  </li>`;
}
