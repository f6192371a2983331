import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { LoadedOffer } from '../../context/offer-loader.js';
import { PrintController } from '../../controllers/print-controller.js';
import { groupItems } from '../../describe/item-groups.js';
import { describeMayApply } from '../../describe/reasons.js';
import { NATIONAL_ENTITLEMENTS } from '../../entitlements/national-catalogue.js';
import { formatDate } from '../../i18n/format.js';
import { CHECKLIST_STRINGS, type ChecklistKey } from '../../i18n/strings/checklist.js';
import { COMMON_STRINGS } from '../../i18n/strings/common.js';
import { OFFER_ITEM_STRINGS, type OfferItemKey } from '../../i18n/strings/offer-items.js';
import { TIME_STRINGS, type TimeKey } from '../../i18n/strings/times.js';
import { TRUST_STRINGS } from '../../i18n/strings/trust.js';
import { AREA_KEYS, AREA_STRINGS, type AreaKey } from '../../i18n/strings/vocabulary.js';
import { leavingCareTeam } from '../../model/contacts.js';
import { AREA_ORDER } from '../../model/area-order.js';
import { whoToCallAbout } from '../../model/who-to-call.js';
import { londonTime } from '../../model/london-time.js';
import { joinOffers, type JoinedItem } from '../../model/joined-offer.js';
import { offerCountyOf, offerCouncilNames } from '../../model/offer-places.js';
import type { Profile, Situation } from '../../model/profile.js';
import { isStale } from '../../model/staleness.js';
import type { Offer } from '../../schema/offer-schema.js';
import { renderDroppedNote } from '../shared/load-error-view.js';
import { renderWhoToCall } from '../shared/who-to-call-view.js';
import { OfferConsumerElement } from '../shared/offer-consumer-element.js';
import { ageAttribute, isSituation, parseAge } from '../shared/profile-fields.js';
import { AnswerStore, storeKeyFor } from './answer-store.js';
import { renderAskTeam, renderChecklistItem, type ChecklistItemKind } from './checklist-item-view.js';
import { pager } from '../../util/pager.js';
import { renderChecklistProfile } from './checklist-profile-view.js';
import { checklistAsText, downloadText } from './checklist-text.js';
import { localOfferChecklistStyles } from './local-offer-checklist.styles.js';

/** How many items render at first, and how many more each "Show more" adds: real offers fit in one page. */
const PAGE_SIZE = 100;

// Only the words this element shows, so that it carries no other element's when bundled alone.
const CHECKLIST_ELEMENT_STRINGS = { ...COMMON_STRINGS, ...TRUST_STRINGS, ...OFFER_ITEM_STRINGS, ...TIME_STRINGS, ...CHECKLIST_STRINGS, ...AREA_STRINGS };

/**
 * A young person's own checklist of what they can get from an offer: a short profile form in plain words,
 * then every item that applies, grouped by area, with why it applies, what it is worth, how to claim, the
 * evidence needed and who to ask. Ticks ("I already get this") and answers stay on the device only.
 *
 * @tag local-offer-checklist
 * @summary Entitlements checklist, kept on the young person's device.
 * @slot - Fallback content, shown when scripts fail or the offer cannot be loaded.
 * @csspart card - The outer box.
 * @csspart heading - The checklist heading.
 * @csspart profile - The "About you" form.
 * @csspart progress - The "7 of 23 ticked" line.
 * @csspart area - One area's group of items.
 * @csspart area-heading - The heading of an area's group.
 * @csspart item - One item.
 * @csspart item-title - An item's title.
 * @csspart who-to-call - Who to call: the leaving care team for where the young person lives, and the out-of-hours line.
 * @csspart who-to-call-heading - Its heading.
 * @csspart call - One team in it.
 * @csspart call-status - Whether that team is open now.
 * @csspart call-link - Its phone (or email) link.
 * @csspart item-line - The one line under an item's title: what it is worth, or its summary.
 * @csspart item-pending - Why an item cannot be had yet, in the "not available yet" group.
 * @csspart item-details - The disclosure with everything else about an item.
 * @csspart may-apply - The group of items that may apply.
 * @csspart may-apply-heading - The heading of the "may also be for you" group.
 * @csspart actions - The Clear, Print and Download buttons.
 * @csspart show-more - The "Show more" button of a very long checklist.
 * @csspart storage-warning - The notice that ticks cannot be saved on this device.
 * @csspart example-notice - The notice shown for example data.
 * @csspart stale-warning - The warning shown when the offer has not been reviewed for too long.
 * @csspart error - The box explaining why the offer cannot be shown (with `src` only).
 * @csspart error-details - The disclosure listing schema errors with their JSON Pointers.
 * @csspart retry-button - The Try again button.
 * @csspart guidance - Who can help, when the answers leave things open or rule everything out.
 * @csspart not-yet - The group of items not available yet: announced rules, proposals, items that start later.
 * @csspart not-yet-heading - Its heading.
 * @csspart not-in-force - The same group as `not-yet`, by its older name.
 * @csspart below-minimum - The note on an amount below what the government recommends.
 * @csspart review - The "Last reviewed" line.
 * @csspart dropped-note - For the website team: the parts of the offer not shown because they are not valid.
 * @cssprop --local-offer-checklist-accent - The top border; defaults to --local-offer-color-accent.
 * @cssprop --local-offer-color-accent - Accent colour shared by all elements.
 * @cssprop --local-offer-color-focus - Focus highlight (GOV.UK yellow).
 * @fires local-offer-load - LocalOfferLoadEvent, with `src` only: the offer loaded.
 * @fires local-offer-error - LocalOfferErrorEvent, with `src` only: the offer could not be loaded or is invalid.
 */
export class LocalOfferChecklistElement extends OfferConsumerElement<OfferItemKey | TimeKey | ChecklistKey | AreaKey> {
  protected readonly localizer = this.createLocalizer(CHECKLIST_ELEMENT_STRINGS);

  static override styles = localOfferChecklistStyles;

  /** The young person's age, when the page knows it. */
  @property({ converter: ageAttribute }) age: number | undefined = undefined;

  /** Their time in care, when the page knows it: one of SITUATIONS, such as `left-care-16-17` or `not-sure`. */
  @property() situation: Situation | undefined = undefined;

  /** GSS code of the council area where they live, when the page knows it. */
  @property({ attribute: 'lives-in' }) livesIn: string | undefined = undefined;

  /** GSS code of the council that looked after them, when the page knows it. */
  @property({ attribute: 'looked-after-by' }) lookedAfterBy: string | undefined = undefined;

  /** Warn when the offer was last reviewed at least this many months ago. */
  @property({ type: Number, attribute: 'stale-after-months' }) staleAfterMonths: number = 12;

  /** A fixed clock, for demos and tests. */
  @property({ attribute: false }) now: Date | undefined = undefined;

  @state() private profile: Profile = {};
  @state() private ticks: ReadonlySet<string> = new Set();
  @state() private ageInput = '';
  @state() private announcement = '';
  @state() private limit = PAGE_SIZE;

  private store: AnswerStore | undefined;
  private storeFor: LoadedOffer | undefined;
  private joined: { key: string; offer: Offer; items: JoinedItem[] } | undefined;
  private readonly checkboxIds = new Map<string, number>();

  constructor() {
    super();
    new PrintController(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const state = this.offerState;
    if (state.status === 'loaded' && state.loaded !== this.storeFor) this.openStore(state.loaded);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.store?.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.store?.stop();
  }

  /** Stored answers win over what the page set: they are the young person's own choices. */
  private openStore(loaded: LoadedOffer): void {
    this.store?.stop();
    this.storeFor = loaded;
    this.store = new AnswerStore(storeKeyFor(loaded.offer.id, loaded.offer.schemaVersion), () => this.showStored());
    if (this.isConnected) this.store.start();
    const stored = this.store.answers;
    // A page may set anything: only an age the form would accept and a known situation count as answers.
    const age = typeof this.age === 'number' && parseAge(String(this.age)) !== 'invalid' ? this.age : undefined;
    const fromPage: Profile = {
      age,
      situation: isSituation(this.situation) ? this.situation : undefined,
      livesIn: this.livesIn || undefined,
      lookedAfterBy: this.lookedAfterBy || undefined,
    };
    const hasStored = Object.values(stored.profile).some((value) => value !== undefined);
    this.profile = hasStored ? stored.profile : fromPage;
    if (!hasStored) this.store.seed(fromPage);
    this.ageInput = this.profile.age === undefined ? '' : String(this.profile.age);
    this.ticks = new Set(stored.ticks);
  }

  /** Another tab changed the answers: show them here too. */
  private showStored(): void {
    const stored = this.store!.answers;
    this.profile = stored.profile;
    this.ageInput = stored.profile.age === undefined ? '' : String(stored.profile.age);
    this.ticks = new Set(stored.ticks);
  }

  private updateProfile(change: Partial<Profile>): void {
    this.profile = { ...this.profile, ...change };
    this.announcement = '';
    this.store?.setProfile(change);
  }

  private toggle(key: string, ticked: boolean): void {
    const next = new Set(this.ticks);
    if (ticked) next.add(key);
    else next.delete(key);
    this.ticks = next;
    this.store?.tick(key, ticked);
  }

  private clearAnswers(): void {
    this.store?.clear();
    this.profile = {};
    this.ageInput = '';
    this.ticks = new Set();
    this.announcement = this.t('answersCleared');
  }

  /** The name of the council that looked after the young person, when they said it was the publisher. */
  private lookedAfterByName(offer: Offer): string | undefined {
    const code = this.profile.lookedAfterBy;
    const name = code ? offerCouncilNames(offer)(code) : undefined;
    return name === code ? undefined : name;
  }

  /** Today in London: items past their last day are left out, and those starting later listed apart. */
  private today(): string {
    return londonTime(this.now ?? new Date()).date;
  }

  private items(offer: Offer): JoinedItem[] {
    const today = this.today();
    const key = JSON.stringify([this.profile, today]);
    if (this.joined?.key !== key || this.joined.offer !== offer) {
      this.joined = { key, offer, items: joinOffers([offer], this.profile, { catalogue: NATIONAL_ENTITLEMENTS, countyOf: offerCountyOf(offer), today }) };
    }
    return this.joined.items;
  }

  private download(offer: Offer, items: readonly JoinedItem[]): void {
    const text = checklistAsText(offer, items, this.ticks, this.localizer, {
      councilName: offerCouncilNames(offer),
      lookedAfterByName: this.lookedAfterByName(offer),
      today: this.today(),
    });
    downloadText(this.renderRoot, `${offer.id}-checklist.txt`, text);
  }

  protected override render() {
    return this.renderOffer('loading', (loaded) => this.renderChecklist(loaded.offer));
  }

  private renderChecklist(offer: Offer): TemplateResult {
    const items = this.items(offer);
    // An announced rule, a proposal or an item that starts later is not something to claim or tick yet: it
    // is listed apart, never as a right.
    const { applying, maybe, notYet } = groupItems(items, this.localizer, this.today());
    const ticked = applying.filter((item) => this.ticks.has(item.key)).length;
    const byArea = new Map(AREA_ORDER.map((area) => [area, [] as JoinedItem[]]));
    for (const item of applying) byArea.get(item.area)!.push(item);
    // A huge offer renders a page at a time, as the finder does: 20,000 items at once froze phones for seconds.
    const page = pager(this.limit);
    const livesIn = this.profile.livesIn;
    const team = leavingCareTeam(offer, livesIn, offerCountyOf(offer));
    const now = this.now ?? new Date();
    // Who to call comes first: the team for where they live, and the emergency line.
    const targets = whoToCallAbout(offer, livesIn, offerCountyOf(offer));
    // The time in care decides most items: until it is told, say so kindly and who can help.
    const situation = this.profile.situation;
    const intro = !situation ? this.t('noAnswersIntro') : situation === 'not-sure' ? this.t('notSureIntro') : undefined;
    const stale = isStale(offer.lastReviewed, now, this.staleAfterMonths);
    // Named by its heading and the offer's title, so several checklists on a page are told apart.
    return html`<section part="card" class="card" aria-labelledby="heading offer-title">
      ${this.heading(0, this.t('checklistHeading'), 'heading', 'heading-l', 'heading')}
      <p class="secondary" id="offer-title">${offer.title}</p>
      ${offer.isExample ? html`<div class="notice notice--warning" part="example-notice"><p>${this.t('exampleNotice')}</p></div>` : nothing}
      ${stale ? html`<div class="notice notice--warning" part="stale-warning"><p>${this.t('staleWarning', { months: this.staleAfterMonths })}</p></div>` : nothing}
      ${renderWhoToCall({
        words: this.localizer,
        targets,
        now,
        heading: (offset, text, part, className, id) => this.heading(offset, text, part, className, id),
        councilName: offerCouncilNames(offer),
      })}
      ${renderChecklistProfile(
        { localizer: this.localizer, offer, profile: this.profile, ageInput: this.ageInput },
        {
          typeAge: (value) => {
            this.ageInput = value;
            const parsed = parseAge(value);
            if (parsed !== 'invalid') this.updateProfile({ age: parsed });
          },
          change: (change) => this.updateProfile(change),
        },
      )}
      ${
        this.store && (!this.store.persistent || this.store.saveFailed)
          ? html`<div class="notice notice--warning" part="storage-warning" role="status"><p>${this.t(this.store.persistent ? 'storageFull' : 'storageUnavailable')}</p></div>`
          : nothing
      }
      ${intro ? html`<div class="notice" part="guidance"><p>${intro}</p>${renderAskTeam(team, 'askTeam', this.localizer)}</div>` : nothing}
      ${applying.length ? html`<p class="progress" part="progress" role="status">${this.t('progress', { ticked, total: applying.length })}</p>` : nothing}
      ${
        items.length === 0
          ? html`<div class="notice" part="guidance" role="status"><p>${this.t('emptyChecklist')}</p>${renderAskTeam(team, 'askTeamToCheck', this.localizer)}</div>`
          : nothing
      }
      ${AREA_ORDER.map((area) => {
        const inArea = byArea.get(area)!;
        const shown = page.take(inArea);
        if (shown.length === 0) return nothing;
        return html`<section class="area" part="area" aria-labelledby="area-${area}">
          ${this.heading(1, `${this.t(AREA_KEYS[area])} (${this.t('areaCount', { count: inArea.length })})`, 'area-heading', 'heading-m', `area-${area}`)}
          <ul class="items">${shown.map((item) => this.renderItem(offer, item, 'tick'))}</ul>
        </section>`;
      })}
      ${this.renderGroup(
        offer,
        page.take(maybe),
        'may-apply',
        this.t(applying.length ? 'mayApplyHeading' : 'mayApplyOnlyHeading'),
        describeMayApply([...new Set(maybe.flatMap((item) => item.unknowns))], this.localizer),
      )}
      ${this.renderGroup(offer, page.take(notYet), 'not-in-force', this.t('notYetHeading'), this.t('notYetIntro'))}
      ${
        items.length > this.limit
          ? html`<button type="button" class="secondary show-more" part="show-more" @click=${() => (this.limit += PAGE_SIZE)}>
              ${this.t('showMore', { count: Math.min(PAGE_SIZE, items.length - this.limit), total: items.length })}
            </button>`
          : nothing
      }
      <div class="actions" part="actions">
        <button type="button" class="warning" @click=${() => this.clearAnswers()}>${this.t('clearAnswers')}</button>
        <button type="button" class="secondary" @click=${() => window.print()}>${this.t('printList')}</button>
        <button type="button" class="secondary" @click=${() => this.download(offer, items)}>${this.t('downloadText')}</button>
      </div>
      <p class="visually-hidden" aria-live="polite">${this.announcement}</p>
      ${renderDroppedNote(this.offerState.status === 'loaded' ? this.offerState.loaded.dropped : [], this.localizer)}
      <p class="review secondary" part="review">${this.t('lastReviewed', { date: formatDate(offer.lastReviewed, this.localizer.locale) })}</p>
    </section>`;
  }

  /** The "may be for you" and "not in force yet" groups: apart from the list to tick, never counted in it. */
  private renderGroup(offer: Offer, items: readonly JoinedItem[], kind: Exclude<ChecklistItemKind, 'tick'>, heading: string, intro?: string) {
    if (!items.length) return nothing;
    // The finder's names for the same groups; "not-in-force" stays for pages that styled it before 1.1.
    const part = kind === 'may-apply' ? 'may-apply' : 'not-yet not-in-force';
    return html`<section class="may-apply" part=${part} aria-labelledby=${kind}>
      ${this.heading(1, heading, kind === 'may-apply' ? 'may-apply-heading' : 'not-yet-heading', 'heading-m', kind)}
      ${intro ? html`<p>${intro}</p>` : nothing}
      <ul class="items">${items.map((item) => this.renderItem(offer, item, kind))}</ul>
    </section>`;
  }

  private renderItem(offer: Offer, item: JoinedItem, kind: ChecklistItemKind): TemplateResult {
    let id = this.checkboxIds.get(item.key);
    if (id === undefined) this.checkboxIds.set(item.key, (id = this.checkboxIds.size));
    return renderChecklistItem(
      {
        localizer: this.localizer,
        heading: (offset, text, part, className) => this.heading(offset, text, part, className),
        offer,
        councilName: offerCouncilNames(offer),
        lookedAfterByName: this.lookedAfterByName(offer),
        today: this.today(),
        checkboxId: `item-${id}`,
        ticked: this.ticks.has(item.key),
        toggle: (ticked) => this.toggle(item.key, ticked),
      },
      item,
      kind,
    );
  }
}
