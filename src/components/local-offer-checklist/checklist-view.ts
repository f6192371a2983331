/**
 * The checklist once its offer is here: who to call, the "About you" form, every item that applies grouped
 * by area, what may apply, what is not available yet, and the actions. Loaded apart from the element, by
 * import() while the offer loads: the catalogue, eligibility and these views are most of its code, and
 * none of it is needed to say "Loading" or to explain an error.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { groupItems } from '../../describe/item-groups.js';
import { describeMayApply } from '../../describe/reasons.js';
import { NATIONAL_ENTITLEMENTS } from '../../entitlements/national-catalogue.js';
import { formatDate } from '../../i18n/format.js';
import type { Localizer } from '../../i18n/localize.js';
import type { StringKey } from '../../i18n/strings.js';
import { ABOUT_YOU_STRINGS, type AboutYouKey } from '../../i18n/strings/about-you.js';
import { CHECKLIST_STRINGS, type ChecklistKey } from '../../i18n/strings/checklist.js';
import type { CommonKey } from '../../i18n/strings/common.js';
import { OFFER_ITEM_STRINGS, type OfferItemKey } from '../../i18n/strings/offer-items.js';
import { TIME_STRINGS, type TimeKey } from '../../i18n/strings/times.js';
import type { TrustKey } from '../../i18n/strings/trust.js';
import { AREA_KEYS, AREA_STRINGS, type AreaKey } from '../../i18n/strings/vocabulary.js';
import { AREA_ORDER } from '../../model/area-order.js';
import { leavingCareTeam } from '../../model/contacts.js';
import { joinOffers, type JoinedItem } from '../../model/joined-offer.js';
import { londonTime } from '../../model/london-time.js';
import { offerCountyOf, offerCouncilNames } from '../../model/offer-places.js';
import type { Profile } from '../../model/profile.js';
import { isStale } from '../../model/staleness.js';
import { whoToCallAbout } from '../../model/who-to-call.js';
import type { DroppedPart } from '../../schema/lenient.js';
import type { Offer } from '../../schema/offer-schema.js';
import { pager } from '../../util/pager.js';
import { renderDroppedNote } from '../shared/load-error-view.js';
import { renderWhoToCall } from '../shared/who-to-call-view.js';
import { renderAskTeam, renderChecklistItem, type ChecklistItemKind } from './checklist-item-view.js';
import { renderChecklistProfile } from './checklist-profile-view.js';
import { checklistAsText, downloadText } from './checklist-text.js';

export type ChecklistWords = Localizer<CommonKey | TrustKey | OfferItemKey | AboutYouKey | TimeKey | ChecklistKey | AreaKey>;

/** The element's words and the checklist's own, which come with this code. */
export const checklistWords = <K extends StringKey>(words: Localizer<K>) =>
  words.with({ ...OFFER_ITEM_STRINGS, ...ABOUT_YOU_STRINGS, ...TIME_STRINGS, ...CHECKLIST_STRINGS, ...AREA_STRINGS });

type Heading = (offset: number, text: string, part: string, className: string, id?: string) => TemplateResult;

/** What the element holds and the view shows. */
export interface ChecklistViewModel {
  readonly localizer: ChecklistWords;
  readonly heading: Heading;
  readonly offer: Offer;
  readonly dropped: readonly DroppedPart[];
  readonly profile: Profile;
  readonly ageInput: string;
  readonly ticks: ReadonlySet<string>;
  /** How many items are shown, and how many more "Show more" adds. */
  readonly limit: number;
  readonly pageSize: number;
  readonly announcement: string;
  /** Why ticks cannot be kept on this device, when they cannot. */
  readonly storageProblem: 'storageFull' | 'storageUnavailable' | undefined;
  readonly now: Date;
  readonly staleAfterMonths: number;
  /** Where the download link is made. */
  readonly root: HTMLElement | DocumentFragment;
  /** The element's own: stable checkbox ids and the items joined for the last answers. */
  readonly memo: ChecklistMemo;
}

export interface ChecklistActions {
  typeAge(value: string): void;
  change(change: Partial<Profile>): void;
  toggle(key: string, ticked: boolean): void;
  clear(): void;
  showMore(): void;
}

/** Kept by each element between renders. */
export interface ChecklistMemo {
  checkboxIds: Map<string, number>;
  joined?: { key: string; offer: Offer; items: JoinedItem[] };
}

/** Today in London: items past their last day are left out, and those starting later listed apart. */
const todayOf = (model: ChecklistViewModel): string => londonTime(model.now).date;

/** The name of the council that looked after the young person, when they said it was the publisher. */
function lookedAfterByName(model: ChecklistViewModel): string | undefined {
  const code = model.profile.lookedAfterBy;
  const name = code ? offerCouncilNames(model.offer)(code) : undefined;
  return name === code ? undefined : name;
}

function itemsOf(model: ChecklistViewModel): JoinedItem[] {
  const { memo, offer, profile } = model;
  const today = todayOf(model);
  const key = JSON.stringify([profile, today]);
  if (memo.joined?.key !== key || memo.joined.offer !== offer) {
    memo.joined = { key, offer, items: joinOffers([offer], profile, { catalogue: NATIONAL_ENTITLEMENTS, countyOf: offerCountyOf(offer), today }) };
  }
  return memo.joined.items;
}

function download(model: ChecklistViewModel, items: readonly JoinedItem[]): void {
  const { offer } = model;
  const text = checklistAsText(offer, items, model.ticks, model.localizer, {
    councilName: offerCouncilNames(offer),
    lookedAfterByName: lookedAfterByName(model),
    today: todayOf(model),
  });
  downloadText(model.root, `${offer.id}-checklist.txt`, text);
}

export function renderChecklist(model: ChecklistViewModel, actions: ChecklistActions): TemplateResult {
  const { offer, localizer, heading, profile } = model;
  const { t } = localizer;
  const items = itemsOf(model);
  // An announced rule, a proposal or an item that starts later is not something to claim or tick yet: it
  // is listed apart, never as a right.
  const { applying, maybe, notYet } = groupItems(items, localizer, todayOf(model));
  const ticked = applying.filter((item) => model.ticks.has(item.key)).length;
  const byArea = new Map(AREA_ORDER.map((area) => [area, [] as JoinedItem[]]));
  for (const item of applying) byArea.get(item.area)!.push(item);
  // A huge offer renders a page at a time, as the finder does: 20,000 items at once froze phones for seconds.
  const page = pager(model.limit);
  const livesIn = profile.livesIn;
  const team = leavingCareTeam(offer, livesIn, offerCountyOf(offer));
  // Who to call comes first: the team for where they live, and the emergency line.
  const targets = whoToCallAbout(offer, livesIn, offerCountyOf(offer));
  // The time in care decides most items: until it is told, say so kindly and who can help.
  const situation = profile.situation;
  const intro = !situation ? t('noAnswersIntro') : situation === 'not-sure' ? t('notSureIntro') : undefined;
  const stale = isStale(offer.lastReviewed, model.now, model.staleAfterMonths);
  const item = (joined: JoinedItem, kind: ChecklistItemKind) => renderOneItem(model, actions, joined, kind);
  const group = (shown: readonly JoinedItem[], kind: Exclude<ChecklistItemKind, 'tick'>, title: string, intro?: string) =>
    renderGroup(model, shown, kind, title, intro, item);
  // Named by its heading and the offer's title, so several checklists on a page are told apart.
  return html`<section part="card" class="card" aria-labelledby="heading offer-title">
    ${heading(0, t('checklistHeading'), 'heading', 'heading-l', 'heading')}
    <p class="secondary" id="offer-title">${offer.title}</p>
    ${offer.isExample ? html`<div class="notice notice--warning" part="example-notice"><p>${t('exampleNotice')}</p></div>` : nothing}
    ${stale ? html`<div class="notice notice--warning" part="stale-warning"><p>${t('staleWarning', { months: model.staleAfterMonths })}</p></div>` : nothing}
    ${renderWhoToCall({ words: localizer, targets, now: model.now, heading, councilName: offerCouncilNames(offer) })}
    ${renderChecklistProfile({ localizer, offer, profile, ageInput: model.ageInput }, actions)}
    ${model.storageProblem ? html`<div class="notice notice--warning" part="storage-warning" role="status"><p>${t(model.storageProblem)}</p></div>` : nothing}
    ${intro ? html`<div class="notice" part="guidance"><p>${intro}</p>${renderAskTeam(team, 'askTeam', localizer)}</div>` : nothing}
    ${applying.length ? html`<p class="progress" part="progress" role="status">${t('progress', { ticked, total: applying.length })}</p>` : nothing}
    ${
      items.length === 0
        ? html`<div class="notice" part="guidance" role="status"><p>${t('emptyChecklist')}</p>${renderAskTeam(team, 'askTeamToCheck', localizer)}</div>`
        : nothing
    }
    ${AREA_ORDER.map((area) => {
      const inArea = byArea.get(area)!;
      const shown = page.take(inArea);
      if (shown.length === 0) return nothing;
      return html`<section class="area" part="area" aria-labelledby="area-${area}">
        ${heading(1, `${t(AREA_KEYS[area])} (${t('areaCount', { count: inArea.length })})`, 'area-heading', 'heading-m', `area-${area}`)}
        <ul class="items">${shown.map((joined) => item(joined, 'tick'))}</ul>
      </section>`;
    })}
    ${group(
      page.take(maybe),
      'may-apply',
      t(applying.length ? 'mayApplyHeading' : 'mayApplyOnlyHeading'),
      describeMayApply([...new Set(maybe.flatMap((joined) => joined.unknowns))], localizer),
    )}
    ${group(page.take(notYet), 'not-in-force', t('notYetHeading'), t('notYetIntro'))}
    ${
      items.length > model.limit
        ? html`<button type="button" class="secondary show-more" part="show-more" @click=${() => actions.showMore()}>
            ${t('showMore', { count: Math.min(model.pageSize, items.length - model.limit), total: items.length })}
          </button>`
        : nothing
    }
    <div class="actions" part="actions">
      <button type="button" class="warning" @click=${() => actions.clear()}>${t('clearAnswers')}</button>
      <button type="button" class="secondary" @click=${() => window.print()}>${t('printList')}</button>
      <button type="button" class="secondary" @click=${() => download(model, items)}>${t('downloadText')}</button>
    </div>
    <p class="visually-hidden" aria-live="polite">${model.announcement}</p>
    ${renderDroppedNote(model.dropped, localizer)}
    <p class="review secondary" part="review">${t('lastReviewed', { date: formatDate(offer.lastReviewed, localizer.locale) })}</p>
  </section>`;
}

/** The "may be for you" and "not in force yet" groups: apart from the list to tick, never counted in it. */
function renderGroup(
  model: ChecklistViewModel,
  items: readonly JoinedItem[],
  kind: Exclude<ChecklistItemKind, 'tick'>,
  title: string,
  intro: string | undefined,
  item: (joined: JoinedItem, kind: ChecklistItemKind) => TemplateResult,
) {
  if (!items.length) return nothing;
  // The finder's names for the same groups; "not-in-force" stays for pages that styled it before 1.1.
  const part = kind === 'may-apply' ? 'may-apply' : 'not-yet not-in-force';
  return html`<section class="may-apply" part=${part} aria-labelledby=${kind}>
    ${model.heading(1, title, kind === 'may-apply' ? 'may-apply-heading' : 'not-yet-heading', 'heading-m', kind)}
    ${intro ? html`<p>${intro}</p>` : nothing}
    <ul class="items">${items.map((joined) => item(joined, kind))}</ul>
  </section>`;
}

function renderOneItem(model: ChecklistViewModel, actions: ChecklistActions, item: JoinedItem, kind: ChecklistItemKind): TemplateResult {
  const ids = model.memo.checkboxIds;
  let id = ids.get(item.key);
  if (id === undefined) ids.set(item.key, (id = ids.size));
  return renderChecklistItem(
    {
      localizer: model.localizer,
      heading: model.heading,
      offer: model.offer,
      councilName: offerCouncilNames(model.offer),
      lookedAfterByName: lookedAfterByName(model),
      today: todayOf(model),
      checkboxId: `item-${id}`,
      ticked: model.ticks.has(item.key),
      toggle: (ticked) => actions.toggle(item.key, ticked),
    },
    item,
    kind,
  );
}
