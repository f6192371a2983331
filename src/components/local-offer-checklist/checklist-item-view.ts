/**
 * One item of the checklist: its title, a tick box (or why it may be for you, or that it is not in force
 * yet), what it is worth, why it applies, who gives it, a note when the amount is below what the
 * government recommends, and the details behind a disclosure.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Localizer } from '../../i18n/localize.js';
import { formatDate, formatPence } from '../../i18n/format.js';
import type { ChecklistKey } from '../../i18n/strings/checklist.js';
import type { OfferItemKey } from '../../i18n/strings/offer-items.js';
import type { TimeKey } from '../../i18n/strings/times.js';
import { challengeContacts } from '../../model/contacts.js';
import type { JoinedItem } from '../../model/joined-offer.js';
import type { Offer } from '../../schema/offer-schema.js';
import { phoneHref, safeHref } from '../../schema/url.js';
import { describeItem } from '../../describe/item.js';
import { describeMayApply } from '../../describe/reasons.js';
import { renderFacts } from '../shared/facts-view.js';

export type ChecklistItemKind = 'tick' | 'may-apply' | 'not-in-force';

export interface ChecklistItemModel {
  readonly localizer: Localizer<OfferItemKey | TimeKey | ChecklistKey>;
  readonly heading: (offset: number, text: string, part: string, className: string) => TemplateResult;
  readonly offer: Offer;
  readonly councilName: (code: string) => string;
  readonly lookedAfterByName: string | undefined;
  /** Today in London (YYYY-MM-DD), for when an item starts. */
  readonly today: string;
  /** The checkbox's id: stable and safe, whatever the item's key holds. */
  readonly checkboxId: string;
  readonly ticked: boolean;
  toggle(ticked: boolean): void;
}

export function renderChecklistItem(model: ChecklistItemModel, item: JoinedItem, kind: ChecklistItemKind): TemplateResult {
  const { localizer, offer } = model;
  const { t } = localizer;
  const entitlement = item.lead?.item;
  const description = describeItem(item, { words: localizer, councilName: model.councilName, lookedAfterByName: model.lookedAfterByName, today: model.today });
  const contact = entitlement?.contactId ? offer.contacts.find((c) => c.id === entitlement.contactId) : undefined;
  const links = (entitlement?.links ?? []).map((link) => ({ title: link.title, href: safeHref(link.url) })).filter((link) => link.href);
  if (!entitlement && item.national) links.push({ title: item.national.source.title, href: safeHref(item.national.source.url) });
  const hasDetails = entitlement?.howToClaim || entitlement?.evidence?.length || contact || links.length || entitlement?.details;
  const id = model.checkboxId;
  return html`<li class="item ${model.ticked ? 'item--ticked' : ''}" part="item">
    ${model.heading(2, item.title, 'item-title', 'heading-s item-title')}
    ${
      kind === 'tick'
        ? html`<div class="choice">
          <input type="checkbox" id=${id} .checked=${model.ticked} @change=${(event: Event) => model.toggle((event.target as HTMLInputElement).checked)} />
          <label for=${id}>${t('tickLabel')}<span class="visually-hidden">: ${item.title}</span></label>
          <span class="print-tick" aria-hidden="true">${`[${model.ticked ? 'x' : ' '}] ${model.ticked ? t('ticked') : t('notTicked')}`}</span>
        </div>`
        : html`<p class="hint">${kind === 'may-apply' ? describeMayApply(item.unknowns, localizer) : description.pending}</p>`
    }
    <p>${item.summary}</p>
    ${renderFacts(description.facts)}
    ${renderBelowMinimum(model, item)}
    ${
      hasDetails
        ? html`<details>
          <summary>${t('moreDetails', { title: item.title })}</summary>
          ${entitlement?.details ? html`<p>${entitlement.details}</p>` : nothing}
          ${entitlement?.howToClaim ? html`<p class="heading-s">${t('howToClaim')}</p><p>${entitlement.howToClaim}</p>` : nothing}
          ${entitlement?.evidence?.length ? html`<p class="heading-s">${t('evidence')}</p><ul>${entitlement.evidence.map((e) => html`<li>${e}</li>`)}</ul>` : nothing}
          ${
            contact
              ? html`<p class="heading-s">${t('whoToAsk')}</p>
                <p>${contact.name}${phoneHref('tel', contact.phone) ? html`: <a href=${phoneHref('tel', contact.phone)!}>${contact.phone}</a>` : nothing}${contact.email ? html` · <a href=${`mailto:${contact.email}`}>${contact.email}</a>` : nothing}</p>`
              : nothing
          }
          ${links.length ? html`<p class="heading-s">${t('moreInformation')}</p><ul>${links.map((link) => html`<li><a href=${link.href!}>${link.title}</a></li>`)}</ul>` : nothing}
        </details>`
        : nothing
    }
  </li>`;
}

/** "This offer says £2,500. That is less than the £3,000 the government recommends…", with who can help. */
function renderBelowMinimum(model: ChecklistItemModel, item: JoinedItem): TemplateResult | typeof nothing {
  const { localizer } = model;
  const amount = item.belowMinimum[0]?.item.value?.amountPence;
  if (amount === undefined || item.national?.amountPence === undefined) return nothing;
  const links = challengeContacts(model.offer)
    .map((contact) => ({ contact, href: phoneHref('tel', contact.phone) ?? (contact.email ? `mailto:${contact.email}` : safeHref(contact.website)) }))
    .filter((link) => link.href);
  return html`<div class="notice" part="below-minimum">
    <p>${localizer.t('belowMinimum', {
      minimum: formatPence(item.national.amountPence, localizer.locale),
      date: item.national.amountValidFrom ? formatDate(item.national.amountValidFrom, localizer.locale) : '',
      amount: formatPence(amount, localizer.locale),
    })}</p>
    ${links.length ? html`<ul>${links.map(({ contact, href }) => html`<li><a href=${href!}>${localizer.t('challengeContact', { name: contact.name })}</a></li>`)}</ul>` : nothing}
  </div>`;
}
