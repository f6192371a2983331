/**
 * The finder's results for a place and a person, phone first: notices about the offers, how many things
 * there are (a GOV.UK notification banner), who to call, a kind word when the answers are missing, search
 * and area filters behind a disclosure, and the items in three groups, a page at a time. A view: it renders
 * what it is given and calls back on every choice.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { describeItem } from '../../describe/item.js';
import { groupItems } from '../../describe/item-groups.js';
import { describeMayApply } from '../../describe/reasons.js';
import type { Localizer } from '../../i18n/localize.js';
import { formatDate } from '../../i18n/format.js';
import type { CommonKey } from '../../i18n/strings/common.js';
import type { FinderKey } from '../../i18n/strings/finder.js';
import type { FinderResultKey } from '../../i18n/strings/finder-results.js';
import type { OfferItemKey } from '../../i18n/strings/offer-items.js';
import type { TimeKey } from '../../i18n/strings/times.js';
import type { TrustKey } from '../../i18n/strings/trust.js';
import { AREA_KEYS, type AreaKey } from '../../i18n/strings/vocabulary.js';
import { AREA_ORDER } from '../../model/area-order.js';
import type { JoinedItem } from '../../model/joined-offer.js';
import type { Situation } from '../../model/profile.js';
import { isStale } from '../../model/staleness.js';
import { whoToCall } from '../../model/who-to-call.js';
import { councilByCode, countyOf } from '../../places/council-registry.js';
import type { Area } from '../../schema/vocabularies.js';
import { renderItem as renderOfferItem } from '../shared/item-view.js';
import { renderDroppedNote } from '../shared/load-error-view.js';
import { renderWhoToCall } from '../shared/who-to-call-view.js';
import { pager } from '../../util/pager.js';
import type { JoinedOfferLoad } from './joined-offer-loader.js';
import { PAGE_SIZE } from './finder-paging.js';

export type FinderLocalizer = Localizer<CommonKey | TrustKey | OfferItemKey | TimeKey | FinderKey | FinderResultKey | AreaKey>;

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
  readonly livesIn: string | undefined;
  readonly lookedAfterBy: string | undefined;
}

export interface FinderResultsActions {
  search(text: string): void;
  toggleArea(area: Area, on: boolean): void;
  clearFilters(): void;
  showMore(): void;
  /** "Answer 2 more questions": the form, open at the age. */
  answerMore(): void;
}

const councilName = (code: string) => councilByCode(code)?.shortName ?? code;

/** "See them": a link within the shadow root, so it moves focus to the list itself. */
function seeResults(event: Event): void {
  event.preventDefault();
  const list = ((event.currentTarget as Element).getRootNode() as ShadowRoot).getElementById('results-list');
  list?.focus();
  list?.scrollIntoView({ block: 'start' });
}

export function renderFinderResults(model: FinderResultsModel, actions: FinderResultsActions): TemplateResult {
  const { t } = model.localizer;
  const { load } = model;
  const filtering = model.searchText !== '' || model.areas.length > 0;
  return html`
    ${renderNotices(model)}
    <div class="banner" part="results-summary">
      <p class="banner-text"><span part="count" role="status">${describeCount(model)}</span></p>
      ${model.matches.length ? html`<p><a href="#results-list" @click=${seeResults}>${t('seeResults')}</a></p>` : nothing}
    </div>
    ${renderWhoToCall({
      words: model.localizer,
      targets: whoToCall(
        load.offers.map((loaded) => loaded.offer),
        model.lookedAfterBy,
        model.livesIn,
        (code) => countyOf(code)?.code,
      ),
      now: model.now,
      heading: model.heading,
      councilName,
    })}
    ${renderGuidance(model, actions)}
    <details class="filters-disclosure" part="filters-disclosure" ?open=${filtering}>
      <summary>${t(filtering ? 'filtersSummaryActive' : 'filtersSummary')}</summary>
      <div class="field">
        <label for="search">${t('searchLabel')}</label>
        <span class="hint" id="search-hint">${t('searchHint')}</span>
        <input id="search" type="search" part="search-input" aria-describedby="search-hint" .value=${model.searchText}
          @input=${(event: Event) => actions.search((event.target as HTMLInputElement).value)} />
      </div>
      <fieldset part="filters">
        <legend>${t('areaFilterLegend')}</legend>
        <div class="filters">
          ${AREA_ORDER.map((area) => {
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
    </details>
    <div id="results-list" tabindex="-1" class="results-list">
      ${
        model.matches.length === 0
          ? html`<p>${t('noResultsHelp')}</p><button type="button" @click=${actions.clearFilters}>${t('clearFilters')}</button>`
          : renderGroups(model, actions)
      }
    </div>
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
 * so kindly, and offer the two questions that settle most of them. Who can tell them is just above.
 */
function renderGuidance(model: FinderResultsModel, actions: FinderResultsActions): TemplateResult | typeof nothing {
  const { t } = model.localizer;
  if (model.situation && model.situation !== 'not-sure') return nothing;
  return html`<div class="notice" part="guidance">
    <p>${t(model.situation === 'not-sure' ? 'notSureGuidance' : 'noSituationGuidance')}</p>
    ${model.situation ? nothing : html`<p><button type="button" class="secondary" @click=${actions.answerMore}>${t('answerMore')}</button></p>`}
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
 * Results in three groups, as the checklist has them: what you can get, by area with money and housing
 * first (src/model/area-order.ts); what may be for you, said once for the group; and what is not
 * available yet. Only the first `limit` are rendered (a phone gains nothing from ten thousand list items,
 * and typing stays fast), with a button for more.
 */
function renderGroups(model: FinderResultsModel, actions: FinderResultsActions): TemplateResult {
  const { t } = model.localizer;
  const { applying, maybe, notYet } = groupItems(model.matches, model.localizer, model.today);
  const page = pager(model.limit);
  const byArea = (items: readonly JoinedItem[], group: string) =>
    AREA_ORDER.map((area) => {
      const inArea = items.filter((item) => item.area === area);
      const shown = page.take(inArea);
      if (!shown.length) return nothing;
      const heading = model.heading(
        group === 'applies' ? 1 : 2,
        `${t(AREA_KEYS[area])} (${t('areaCount', { count: inArea.length })})`,
        'area-heading',
        group === 'applies' ? 'heading-m' : 'heading-s',
        `${group}-${area}`,
      );
      const list = html`<ul class="items">${shown.map((item) => renderItem(model, item))}</ul>`;
      // Inside a group, an area is part of that group's region, not a region of its own with the same name.
      return group === 'applies'
        ? html`<section class="area" part="area" aria-labelledby="${group}-${area}">${heading}${list}</section>`
        : html`<div class="area" part="area">${heading}${list}</div>`;
    });
  const group = (items: readonly JoinedItem[], name: string, heading: string, intro: string) =>
    items.length && !page.full
      ? html`<section class="group" part=${name} aria-labelledby="${name}-heading">
          ${model.heading(1, heading, `${name}-heading`, 'heading-m', `${name}-heading`)}
          <p>${intro}</p>
          ${byArea(items, name)}
        </section>`
      : nothing;
  const hidden = model.matches.length - model.limit;
  return html`${byArea(applying, 'applies')}
    ${group(
      maybe,
      'may-apply',
      t(applying.length ? 'mayApplyHeading' : 'mayApplyOnlyHeading'),
      describeMayApply([...new Set(maybe.flatMap((item) => item.unknowns))], model.localizer),
    )}
    ${group(notYet, 'not-yet', t('notYetHeading'), t('notYetIntro'))}
    ${
      hidden > 0
        ? html`<button type="button" class="show-more" part="show-more" @click=${actions.showMore}>${t('showMore', { count: Math.min(hidden, PAGE_SIZE), total: model.matches.length })}</button>`
        : nothing
    }`;
}

function renderItem(model: FinderResultsModel, item: JoinedItem): TemplateResult {
  const lookedAfterByName = model.lookedAfterBy ? councilByCode(model.lookedAfterBy)?.name : undefined;
  const description = describeItem(item, { words: model.localizer, councilName, lookedAfterByName, today: model.today });
  return renderOfferItem({ words: model.localizer, heading: model.heading, item, description });
}
