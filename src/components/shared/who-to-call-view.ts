/**
 * "Who to call", at the top of the checklist and the finder's results: each team with its phone number as a
 * `tel:` link and whether it is open now, then the out-of-hours line. Follows GOV.UK's contact pattern
 * (a heading, the number, the hours in words) in a summary list.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { describeStatus } from '../../describe/open-status.js';
import type { Localizer } from '../../i18n/localize.js';
import type { OfferItemKey } from '../../i18n/strings/offer-items.js';
import type { TimeKey } from '../../i18n/strings/times.js';
import { openStatus } from '../../model/opening-hours.js';
import type { CallTarget } from '../../model/who-to-call.js';
import { phoneHref } from '../../schema/url.js';

export interface WhoToCallModel {
  readonly words: Localizer<OfferItemKey | TimeKey>;
  readonly targets: readonly CallTarget[];
  readonly now: Date;
  readonly heading: (offset: number, text: string, part: string, className: string, id?: string) => TemplateResult;
  /** The council's name for a GSS code. */
  readonly councilName: (code: string) => string;
}

function whose(target: CallTarget, model: WhoToCallModel): string {
  const { t } = model.words;
  const code = target.offer.publisher.councilCode;
  const council = code ? model.councilName(code) : target.offer.publisher.name;
  if (target.reason === 'out-of-hours') return t('teamOutOfHours');
  if (target.reason === 'publisher') return target.offer.publisher.name;
  return t(target.reason === 'looked-after' ? 'teamLookedAfter' : 'teamLivesIn', { council });
}

export function renderWhoToCall(model: WhoToCallModel): TemplateResult | typeof nothing {
  const { t } = model.words;
  if (model.targets.length === 0) return nothing;
  return html`<section class="who-to-call" part="who-to-call" aria-labelledby="who-to-call-heading">
    ${model.heading(1, t('whoToCallHeading'), 'who-to-call-heading', 'heading-m', 'who-to-call-heading')}
    <ul class="call-list">
      ${model.targets.map((target) => {
        const { contact } = target;
        const tel = phoneHref('tel', contact.phone);
        const status = contact.openingHours ? describeStatus(openStatus(contact.openingHours, model.now), model.words) : undefined;
        return html`<li class="call" part="call">
          <p class="call-whose secondary">${whose(target, model)}</p>
          <p class="call-name">${contact.name}</p>
          ${status ? html`<p class="call-status" part="call-status">${status}</p>` : nothing}
          ${
            tel
              ? html`<p><a class="phone" part="call-link" href=${tel}>${t('call', { number: contact.phone! })}</a></p>`
              : contact.email
                ? html`<p><a part="call-link" href=${`mailto:${contact.email}`}>${t('emailTeam', { address: contact.email })}</a></p>`
                : nothing
          }
        </li>`;
      })}
    </ul>
  </section>`;
}
