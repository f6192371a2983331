/**
 * The finder's results for a place and a person: notices about the offers, search and area filters, who
 * can help, the count, and the items grouped by area, a page at a time. A view: it renders what it is
 * given and calls back on every choice.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Localizer } from '../../i18n/localize.js';
import { formatDate } from '../../i18n/format.js';
import type { CommonKey } from '../../i18n/strings/common.js';
import type { FinderKey } from '../../i18n/strings/finder.js';
import type { OfferItemKey } from '../../i18n/strings/offer-items.js';
import type { TimeKey } from '../../i18n/strings/times.js';
import type { TrustKey } from '../../i18n/strings/trust.js';
import { AREA_KEYS, type AreaKey } from '../../i18n/strings/vocabulary.js';
import { leavingCareTeam } from '../../model/contacts.js';
import type { JoinedItem } from '../../model/joined-offer.js';
import type { Situation } from '../../model/profile.js';
import { isStale } from '../../model/staleness.js';
import { councilByCode } from '../../places/council-registry.js';
import { phoneHref, safeHref } from '../../schema/url.js';
import { AREAS, type Area } from '../../schema/vocabularies.js';
import { renderDroppedNote } from '../shared/load-error-view.js';
import { describeItem } from '../../describe/item.js';
import { describeMayApply } from '../../describe/reasons.js';
import { renderFacts } from '../shared/facts-view.js';
import type { JoinedOfferLoad } from './joined-offer-loader.js';

/** How many results render at first, and how many more each "Show more" adds: a phone shows three. */
export const PAGE_SIZE = 20;

export type FinderLocalizer = Localizer<CommonKey | TrustKey | OfferItemKey | TimeKey | FinderKey | AreaKey>;

export interface FinderResultsModel {
  readonly localizer: FinderLocalizer;
  readonly heading: (offset: number, text: string, part: string, className: string, id?: string) => TemplateResult;
  readonly load: JoinedOfferLoad;
  readonly matches: readonly JoinedItem[];
  readonly areaCounts: ReadonlyMap<Area, number>;
  readonly areas: readonly Area[];
  readonly searchText: string;
  readonly limit: number;
  readonly now: Date;
  /** Today in London (YYYY-MM-DD), for when an item starts. */
  readonly today: string;
  readonly staleAfterMonths: number;
  readonly situation: Situation | undefined;
  readonly lookedAfterBy: string | undefined;
}

export interface FinderResultsActions {
  search(text: string): void;
  toggleArea(area: Area, on: boolean): void;
  clearFilters(): void;
  showMore(): void;
}

const councilName = (code: string) => councilByCode(code)?.shortName ?? code;

export function renderFinderResults(model: FinderResultsModel, actions: FinderResultsActions): TemplateResult {
  const { t } = model.localizer;
  const { load } = model;
  return html`
    ${renderNotices(model)}
    <div class="field">
      <label for="search">${t('searchLabel')}</label>
      <span class="hint" id="search-hint">${t('searchHint')}</span>
      <input id="search" type="search" part="search-input" aria-describedby="search-hint" .value=${model.searchText}
        @input=${(event: Event) => actions.search((event.target as HTMLInputElement).value)} />
    </div>
    <fieldset part="filters">
      <legend>${t('areaFilterLegend')}</legend>
      <div class="filters">
        ${AREAS.map((area) => {
          const count = model.areaCounts.get(area) ?? 0;
          // An area with nothing in it is no choice at all, unless the link being followed chose it.
          if (count === 0 && !model.areas.includes(area)) return nothing;
          return html`<div class="choice">
            <input type="checkbox" id="area-${area}" .checked=${model.areas.includes(area)}
              @change=${(event: Event) => actions.toggleArea(area, (event.target as HTMLInputElement).checked)} />
            <label for="area-${area}">${t(AREA_KEYS[area])} (${count})</label>
          </div>`;
        })}
      </div>
    </fieldset>
    ${renderGuidance(model)}
    <p class="count" part="count" role="status">${describeCount(model)}</p>
    ${
      model.matches.length === 0
        ? html`<p>${t('noResultsHelp')}</p><button type="button" @click=${actions.clearFilters}>${t('clearFilters')}</button>`
        : renderGroups(model, actions)
    }
    ${renderDroppedNote(
      load.offers.flatMap((loaded) => loaded.dropped),
      model.localizer,
    )}
    <p class="secondary">${load.offers.map((l) => `${l.offer.publisher.name}: ${t('lastReviewed', { date: formatDate(l.offer.lastReviewed, model.localizer.locale) })}`).join(' · ')}</p>
  `;
}

function renderNotices(model: FinderResultsModel): TemplateResult {
  const { t } = model.localizer;
  const { load } = model;
  return html`
    ${load.offers.some((loaded) => loaded.offer.isExample) ? html`<div class="notice notice--warning" part="example-notice"><p>${t('exampleNotice')}</p></div>` : nothing}
    ${load.missing.map(
      (council) => html`<div class="notice" part="missing-offer">
        <p>${t('missingOffer', { council: council.name })}</p>
        ${council.govUkUrl ? html`<p><a href=${council.govUkUrl}>${t('missingOfferContact', { council: council.name })}</a></p>` : nothing}
      </div>`,
    )}
    ${load.failed.map(({ name }) => html`<div class="notice notice--warning" part="load-warning"><p>${t('offerFailed', { council: name })}</p></div>`)}
    ${load.mismatched.map(
      ({ publisher, councils }) =>
        html`<div class="notice notice--warning" part="load-warning"><p>${t('offerMismatch', { publisher, councils: councils.join(t('listJoin')) })}</p></div>`,
    )}
    ${load.offers
      .filter((loaded) => isStale(loaded.offer.lastReviewed, model.now, model.staleAfterMonths))
      .map(
        (loaded) =>
          html`<div class="notice notice--warning" part="stale-warning"><p>${loaded.offer.publisher.name}: ${t('staleWarning', { months: model.staleAfterMonths })}</p></div>`,
      )}
  `;
}

/**
 * With no answer about their time in care, or "not sure", many items can only be "may be for you": say
 * so kindly, and who can tell them, rather than leave them guessing.
 */
function renderGuidance(model: FinderResultsModel): TemplateResult | typeof nothing {
  const { t } = model.localizer;
  if (model.situation && model.situation !== 'not-sure') return nothing;
  const carer = model.load.offers.find((loaded) => loaded.offer.publisher.councilCode === model.lookedAfterBy) ?? model.load.offers[0];
  const team = carer ? leavingCareTeam(carer.offer) : undefined;
  const tel = phoneHref('tel', team?.phone);
  return html`<div class="notice" part="guidance">
    <p>${t(model.situation === 'not-sure' ? 'notSureGuidance' : 'noSituationGuidance')}</p>
    ${
      team
        ? html`<p>${t('askTeam', { team: team.name, council: carer!.offer.publisher.name })} ${tel ? html`<a class="phone" href=${tel}>${t('callTeam', { number: team.phone! })}</a>` : nothing}</p>`
        : nothing
    }
  </div>`;
}

/** "12 things you can get, and 3 that may be for you": the count never promises what only may apply. */
function describeCount(model: FinderResultsModel): string {
  const { t } = model.localizer;
  const { matches } = model;
  if (matches.length === 0) return t('noResults', { query: model.searchText });
  const maybe = matches.filter((item) => item.verdict === 'may-apply').length;
  const sure = matches.length - maybe;
  if (maybe === 0) return t('resultCount', { count: sure });
  if (sure === 0) return t('resultCountMaybe', { count: maybe });
  return `${t('resultCount', { count: sure })}${t('resultCountAndMaybe', { count: maybe })}`;
}

/**
 * Results grouped by area, in area order. Only the first `limit` are rendered — a phone gains nothing
 * from ten thousand list items, and typing stays fast — with a button for more.
 */
function renderGroups(model: FinderResultsModel, actions: FinderResultsActions): TemplateResult {
  const { t } = model.localizer;
  const byArea = new Map<Area, JoinedItem[]>(AREAS.map((area) => [area, []]));
  for (const item of model.matches) byArea.get(item.area)!.push(item);
  let budget = model.limit;
  const groups = AREAS.map((area) => {
    const inArea = byArea.get(area)!;
    if (!inArea.length || budget <= 0) return nothing;
    const shown = inArea.slice(0, budget);
    budget -= shown.length;
    return html`<section class="area" part="area" aria-labelledby="area-heading-${area}">
      ${model.heading(1, `${t(AREA_KEYS[area])} (${t('areaCount', { count: inArea.length })})`, 'area-heading', 'heading-m', `area-heading-${area}`)}
      <ul class="items">${shown.map((item) => renderItem(model, item))}</ul>
    </section>`;
  });
  const hidden = model.matches.length - model.limit;
  return html`${groups}${
    hidden > 0
      ? html`<button type="button" class="show-more" part="show-more" @click=${actions.showMore}>${t('showMore', { count: Math.min(hidden, PAGE_SIZE), total: model.matches.length })}</button>`
      : nothing
  }`;
}

function renderItem(model: FinderResultsModel, item: JoinedItem): TemplateResult {
  const { localizer } = model;
  const { t } = localizer;
  const lead = item.lead;
  const links = (lead?.item.links ?? []).map((link) => ({ title: link.title, href: safeHref(link.url) })).filter((l) => l.href);
  if (!lead && item.national) links.push({ title: item.national.source.title, href: safeHref(item.national.source.url) });
  const contact = lead?.item.contactId ? lead.offer.contacts.find((c) => c.id === lead.item.contactId) : undefined;
  const lookedAfterByName = model.lookedAfterBy ? councilByCode(model.lookedAfterBy)?.name : undefined;
  const description = describeItem(item, { words: localizer, councilName, lookedAfterByName, today: model.today });
  return html`<li class="item" part="item">
    ${
      description.pending
        ? html`<span class="tag">${description.pending}</span>`
        : item.verdict === 'may-apply'
          ? html`<span class="tag">${t('mayApply')} ${describeMayApply(item.unknowns, localizer)}</span>`
          : nothing
    }
    ${model.heading(2, item.title, 'item-title', 'heading-s')}
    <p>${item.summary}</p>
    ${renderFacts(description.facts)}
    ${
      lead?.item.howToClaim || lead?.item.details || lead?.item.evidence?.length || contact || links.length
        ? html`<details>
          <summary>${t('moreDetails', { title: item.title })}</summary>
          ${lead?.item.details ? html`<p>${lead.item.details}</p>` : nothing}
          ${lead?.item.howToClaim ? html`<p class="heading-s">${t('howToClaim')}</p><p>${lead.item.howToClaim}</p>` : nothing}
          ${lead?.item.evidence?.length ? html`<p class="heading-s">${t('evidence')}</p><ul>${lead.item.evidence.map((e) => html`<li>${e}</li>`)}</ul>` : nothing}
          ${contact ? html`<p class="heading-s">${t('whoToAsk')}</p><p>${contact.name}${phoneHref('tel', contact.phone) ? html`: <a href=${phoneHref('tel', contact.phone)!}>${contact.phone}</a>` : nothing}</p>` : nothing}
          ${links.length ? html`<p class="heading-s">${t('moreInformation')}</p><ul>${links.map((l) => html`<li><a href=${l.href!}>${l.title}</a></li>`)}</ul>` : nothing}
        </details>`
        : nothing
    }
  </li>`;
}
