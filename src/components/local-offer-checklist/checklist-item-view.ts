/**
 * One item of the checklist: the shared item view (title, one line, details) with a tick box for what can
 * be ticked, and a note when the amount is below what the government recommends.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Localizer } from '../../i18n/localize.js';
import { formatDate, formatPence } from '../../i18n/format.js';
import type { ChecklistKey } from '../../i18n/strings/checklist.js';
import type { OfferItemKey } from '../../i18n/strings/offer-items.js';
import type { TimeKey } from '../../i18n/strings/times.js';
import { challengeContacts } from '../../model/contacts.js';
import type { JoinedItem } from '../../model/joined-offer.js';
import type { Contact, Offer } from '../../schema/offer-schema.js';
import { phoneHref, safeHref } from '../../schema/url.js';
import { describeItem } from '../../describe/item.js';
import { renderItem } from '../shared/item-view.js';

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
  const { localizer } = model;
  const { t } = localizer;
  const description = describeItem(item, { words: localizer, councilName: model.councilName, lookedAfterByName: model.lookedAfterByName, today: model.today });
  const id = model.checkboxId;
  // Only what can be ticked has a tick box; "may be for you" is said once, above its group.
  const control =
    kind === 'tick'
      ? html`<div class="choice">
          <input type="checkbox" id=${id} .checked=${model.ticked} @change=${(event: Event) => model.toggle((event.target as HTMLInputElement).checked)} />
          <label for=${id}>${t('tickLabel')}<span class="visually-hidden">: ${item.title}</span></label>
          <span class="print-tick" aria-hidden="true">${`[${model.ticked ? 'x' : ' '}] ${model.ticked ? t('ticked') : t('notTicked')}`}</span>
        </div>`
      : undefined;
  return renderItem({
    words: localizer,
    heading: model.heading,
    item,
    description,
    control,
    notice: renderBelowMinimum(model, item),
    className: model.ticked ? 'item--ticked' : '',
  });
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

/** "The Leaving Care Team can tell you which of these you can get. Call 0115 496 0123": never a dead end. */
export function renderAskTeam(team: Contact | undefined, key: 'askTeam' | 'askTeamToCheck', words: Localizer<ChecklistKey>): TemplateResult | typeof nothing {
  if (!team) return nothing;
  const tel = phoneHref('tel', team.phone);
  return html`<p>${words.t(key, { team: team.name })}
    ${tel ? html`<a class="phone" href=${tel}>${words.t('callTeam', { number: team.phone! })}</a>` : team.email ? html`<a href=${`mailto:${team.email}`}>${team.email}</a>` : nothing}</p>`;
}
