import { consume } from '@lit/context';
import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { offerContext, type OfferState } from '../../context/offer-context.js';
import { OfferLoadError } from '../../context/offer-load-error.js';
import { readInlineOffer } from '../../context/offer-loader.js';
import { NATIONAL_ENTITLEMENTS } from '../../entitlements/national-catalogue.js';
import type { CouncilPickEvent } from '../../events/council-pick-event.js';
import { LocalOfferErrorEvent } from '../../events/local-offer-error-event.js';
import { LocalOfferLoadEvent } from '../../events/local-offer-load-event.js';
import { formatDate, formatValue } from '../../i18n/format.js';
import { COMMON_STRINGS } from '../../i18n/strings/common.js';
import { TRUST_STRINGS, type TrustKey } from '../../i18n/strings/trust.js';
import { OFFER_ITEM_STRINGS, type OfferItemKey } from '../../i18n/strings/offer-items.js';
import { FINDER_STRINGS, type FinderKey } from '../../i18n/strings/finder.js';
import { leavingCareTeam } from '../../model/contacts.js';
import { joinOffers, type JoinedItem } from '../../model/joined-offer.js';
import { SITUATIONS, type Profile, type Situation } from '../../model/profile.js';
import { buildIndex, search, type SearchIndex } from '../../model/search.js';
import { isStale } from '../../model/staleness.js';
import { COUNCILS, councilByCode, countyOf, isUpperTier, upperTierOf } from '../../places/council-registry.js';
import { lookupPostcode, normalisePostcode, PostcodeLookupError } from '../../places/postcode-lookup.js';
import { phoneHref, safeHref } from '../../schema/url.js';
import { AREA_LABELS, AREAS, type Area } from '../../schema/vocabularies.js';
import { renderLoadError } from '../shared/load-error-view.js';
import { LocalOfferElement } from '../shared/local-offer-element.js';
import { parseAge, SITUATION_KEYS } from '../shared/profile-fields.js';
import { describeDeliverer, describeMayApply, describeNotInForce, describeReason } from '../shared/reason-text.js';
import { CouncilPickerElement } from './council-picker.js';
import { readFinderState, writeFinderState } from './finder-url-state.js';
import { directoryListings, loadedListings, loadOffersFor, type JoinedOfferLoad } from './joined-offer-loader.js';
import { localOfferFinderStyles } from './local-offer-finder.styles.js';

// Only the words this element shows, so that it carries no other element's when bundled alone.
const FINDER_ELEMENT_STRINGS = { ...COMMON_STRINGS, ...TRUST_STRINGS, ...OFFER_ITEM_STRINGS, ...FINDER_STRINGS };

interface FinderItem extends JoinedItem {
  readonly extra: readonly string[];
}

type PostcodeMessage = { readonly text: string; readonly isError: boolean } | undefined;

/** How many results render at first, and how many more each "Show more" adds: a phone shows three. */
const PAGE_SIZE = 20;
const URL_TYPING_DELAY_MS = 400;
const UPPER_TIER_COUNCILS = COUNCILS.filter(isUpperTier).sort((a, b) => a.shortName.localeCompare(b.shortName));
const countyCodeOf = (code: string) => countyOf(code)?.code;
const councilName = (code: string) => councilByCode(code)?.shortName ?? code;

/**
 * The joined-up Local Offer for a place and a person: where they live (postcode or council) and which
 * council looked after them decide which offers load from a directory; county, district, partner and
 * national items are merged, each saying who provides it and why it applies. Searchable and filterable by
 * area, and kept in the address bar so a link reproduces the view.
 *
 * @tag local-offer-finder
 * @summary Finds the joined-up Local Offer for where a young person lives and who looked after them.
 * @csspart card - The outer box.
 * @csspart heading - The finder heading.
 * @csspart form - The questions about place and person.
 * @csspart postcode-input - The postcode field (shown when a lookup is configured).
 * @csspart postcode-message - What the postcode lookup found, or why it failed.
 * @csspart results - The results region.
 * @csspart search-input - The search field.
 * @csspart filters - The area filters.
 * @csspart count - The result count.
 * @csspart area - One area's group of results.
 * @csspart area-heading - The heading of an area's group.
 * @csspart item - One result.
 * @csspart item-title - A result's title.
 * @csspart show-more - The "Show more" button.
 * @csspart notice - The example-data, stale-review and could-not-load notices.
 * @csspart missing-offer - The notice for a council with no offer in the directory.
 * @csspart error - The box explaining why offers cannot be shown.
 * @csspart error-details - The disclosure listing schema errors with their JSON Pointers.
 * @csspart retry-button - The Try again button.
 * @slot - Fallback content, shown when scripts fail or the offers cannot be loaded.
 * @fires local-offer-load - LocalOfferLoadEvent, once for each offer loaded for the chosen place.
 * @fires local-offer-error - LocalOfferErrorEvent: the directory or an offer could not be loaded or is invalid.
 * @cssprop --local-offer-finder-accent - The top border; defaults to --local-offer-color-accent.
 * @cssprop --local-offer-color-accent - Accent colour shared by all elements.
 * @cssprop --local-offer-color-focus - Focus highlight (GOV.UK yellow).
 */
export class LocalOfferFinderElement extends LocalOfferElement<TrustKey | OfferItemKey | FinderKey> {
  protected readonly localizer = this.createLocalizer(FINDER_ELEMENT_STRINGS);

  static override styles = localOfferFinderStyles;

  /** URL of a directory of offers. Without one, the finder uses `offers`, or the offer of a surrounding `<local-offer>`. */
  @property() directory: string | undefined = undefined;

  /** Offer objects set by script, used instead of a directory; each is validated like a file. */
  @property({ attribute: false }) offers: readonly object[] | undefined = undefined;

  @consume({ context: offerContext, subscribe: true })
  @state()
  providedState: OfferState | undefined = undefined;

  /**
   * A postcodes.io-compatible lookup as a URL template, such as
   * "https://api.postcodes.io/postcodes/{postcode}". Without it no postcode leaves the page, and people
   * pick their council from a list.
   */
  @property({ attribute: 'postcode-lookup' }) postcodeLookup: string | undefined = undefined;

  /** Do not keep the view in the address bar. */
  @property({ type: Boolean, attribute: 'no-url-state' }) noUrlState = false;

  /** Milliseconds to wait for each file or lookup. */
  @property({ type: Number }) timeout = 10_000;

  /** Warn about offers last reviewed at least this many months ago. */
  @property({ type: Number, attribute: 'stale-after-months' }) staleAfterMonths = 12;

  /** A fixed clock, for demos and tests. */
  @property({ attribute: false }) now: Date | undefined = undefined;

  @state() private livesIn: string | undefined = undefined;
  @state() private lookedAfterChoice: string | undefined = undefined;
  @state() private age: number | undefined = undefined;
  @state() private ageInput = '';
  @state() private situation: Situation | undefined = undefined;
  @state() private searchText = '';
  @state() private areas: readonly Area[] = [];
  @state() private postcodeInput = '';
  @state() private postcodeMessage: PostcodeMessage = undefined;
  @state() private lookingUp = false;
  @state() private limit = PAGE_SIZE;

  @query('local-offer-council-picker') private picker!: CouncilPickerElement | null;

  private postcodeController: AbortController | undefined;
  private replaceTimer: ReturnType<typeof setTimeout> | undefined;
  private joined: { key: string; items: FinderItem[]; index: SearchIndex<FinderItem>; areaCounts: ReadonlyMap<Area, number> } | undefined;
  private attempt = 0;

  private readonly offersTask = new Task(this, {
    task: async ([directory, codes, timeoutMs, , offers, provided], { signal }): Promise<JoinedOfferLoad | undefined> => {
      if (!codes) return undefined;
      const listings = directory
        ? await directoryListings(directory, { signal, timeoutMs })
        : offers
          ? loadedListings(offers.map((offer) => readInlineOffer(offer)))
          : provided?.status === 'loaded'
            ? loadedListings([provided.loaded])
            : undefined;
      if (!listings) {
        if (provided?.status === 'error') throw provided.error;
        if (provided?.status === 'loading') return new Promise<undefined>(() => {}); // the provider updates us when it is done
        throw new OfferLoadError('no-source', 'No directory, offers or surrounding <local-offer>');
      }
      return loadOffersFor(listings, codes.split(' '), signal);
    },
    onComplete: (load) => {
      for (const loaded of load?.offers ?? []) this.dispatchEvent(new LocalOfferLoadEvent(loaded));
      for (const { error } of load?.failed ?? []) this.dispatchEvent(new LocalOfferErrorEvent(error));
    },
    onError: (error) => this.dispatchEvent(new LocalOfferErrorEvent(error instanceof OfferLoadError ? error : new OfferLoadError('network', String(error)))),
    args: () => [this.directory, this.neededCodes().join(' '), this.timeout, this.attempt, this.offers, this.providedState] as const,
  });

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.noUrlState) {
      this.restore(readFinderState(location.search));
      window.addEventListener('popstate', this.onPopState);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
    this.postcodeController?.abort();
    clearTimeout(this.replaceTimer);
  }

  private readonly onPopState = () => this.restore(readFinderState(location.search));

  private restore(state: ReturnType<typeof readFinderState>): void {
    this.livesIn = state.livesIn;
    this.lookedAfterChoice = state.lookedAfterBy;
    this.age = state.age;
    this.ageInput = state.age === undefined ? '' : String(state.age);
    this.situation = state.situation;
    this.searchText = state.query;
    this.areas = state.areas;
  }

  /** Records the view in the address bar: a new history entry for choices, a replacement while typing. */
  private record(mode: 'push' | 'replace'): void {
    if (this.noUrlState) return;
    clearTimeout(this.replaceTimer);
    // Typing replaces the entry once the typist pauses: browsers throttle history calls, and each costs time.
    if (mode === 'replace') {
      this.replaceTimer = setTimeout(() => this.writeUrl('replace'), URL_TYPING_DELAY_MS);
      return;
    }
    this.writeUrl('push');
  }

  private writeUrl(mode: 'push' | 'replace'): void {
    const href = writeFinderState(
      { livesIn: this.livesIn, lookedAfterBy: this.lookedAfterChoice, age: this.age, situation: this.situation, query: this.searchText, areas: this.areas },
      location.href,
    );
    if (href === location.href) return;
    if (mode === 'push') history.pushState(history.state, '', href);
    else history.replaceState(history.state, '', href);
  }

  private get lookedAfterBy(): string | undefined {
    if (this.lookedAfterChoice === 'unknown') return undefined;
    return this.lookedAfterChoice ?? (this.livesIn ? upperTierOf(this.livesIn)?.code : undefined);
  }

  /** The councils whose offers matter: who looked after them, and the upper tier and district where they live. */
  private neededCodes(): string[] {
    const codes = new Set<string>();
    if (this.lookedAfterBy) codes.add(this.lookedAfterBy);
    if (this.livesIn) {
      const upper = upperTierOf(this.livesIn);
      if (upper) codes.add(upper.code);
      codes.add(this.livesIn);
    }
    return [...codes];
  }

  private get profile(): Profile {
    const livesIn = this.livesIn && councilByCode(this.livesIn)?.tier !== 'county' ? this.livesIn : undefined;
    return { age: this.age, situation: this.situation, livesIn, lookedAfterBy: this.lookedAfterBy };
  }

  private joinedItems(load: JoinedOfferLoad): NonNullable<LocalOfferFinderElement['joined']> {
    const profile = this.profile;
    const key = JSON.stringify(profile);
    if (this.joined?.key !== key || this.joinedFor !== load) {
      const items = joinOffers(
        load.offers.map((loaded) => loaded.offer),
        profile,
        { catalogue: NATIONAL_ENTITLEMENTS, countyOf: countyCodeOf },
      ).map((item) => ({ ...item, extra: [...item.sources.map((s) => s.provider?.name ?? ''), item.national?.deliveredBy ?? ''] }));
      const areaCounts = new Map<Area, number>(AREAS.map((area) => [area, 0]));
      for (const item of items) areaCounts.set(item.area, areaCounts.get(item.area)! + 1);
      this.joined = { key, items, index: buildIndex(items), areaCounts };
      this.joinedFor = load;
    }
    return this.joined;
  }
  private joinedFor: JoinedOfferLoad | undefined;

  private async onPostcodeSubmit(event: Event): Promise<void> {
    event.preventDefault();
    const template = this.postcodeLookup;
    if (!template) return;
    const postcode = normalisePostcode(this.postcodeInput);
    if (!postcode) {
      this.postcodeMessage = { text: this.t('postcodeInvalid'), isError: true };
      return;
    }
    this.postcodeController?.abort();
    const controller = (this.postcodeController = new AbortController());
    this.lookingUp = true;
    this.postcodeMessage = { text: this.t('postcodeLooking', { postcode }), isError: false };
    try {
      const place = await lookupPostcode(postcode, template, { signal: controller.signal, timeoutMs: Math.min(this.timeout, 8000) });
      if (place.kind === 'england') {
        const home = place.district ?? place.upperTier;
        this.setPlace(home.code);
        this.postcodeMessage = { text: this.t('postcodeFound', { postcode, place: CouncilPickerElement.displayName(home) }), isError: false };
      } else if (place.kind === 'outside-england') {
        this.postcodeMessage = { text: this.t('postcodeOutsideEngland', { postcode, country: place.country }), isError: true };
        this.fallBackToPicker();
      } else {
        this.postcodeMessage = { text: this.t('postcodeNotFound', { postcode }), isError: true };
        this.fallBackToPicker();
      }
    } catch (cause) {
      if (controller.signal.aborted) return;
      const reason = cause instanceof PostcodeLookupError ? cause.reason : 'unavailable';
      this.postcodeMessage = { text: reason === 'not-found' ? this.t('postcodeNotFound', { postcode }) : this.t('postcodeUnavailable'), isError: true };
      this.fallBackToPicker();
    } finally {
      if (this.postcodeController === controller) this.lookingUp = false;
    }
  }

  private async fallBackToPicker(): Promise<void> {
    await this.updateComplete;
    this.picker?.focus();
  }

  private setPlace(code: string | undefined): void {
    this.livesIn = code;
    this.limit = PAGE_SIZE;
    this.record('push');
  }

  private onCouncilPick(event: CouncilPickEvent): void {
    event.stopPropagation();
    this.postcodeMessage = undefined;
    this.setPlace(event.council?.code);
  }

  private toggleArea(area: Area, on: boolean): void {
    this.areas = on ? AREAS.filter((a) => a === area || this.areas.includes(a)) : this.areas.filter((a) => a !== area);
    this.limit = PAGE_SIZE;
    this.record('push');
  }

  private clearFilters(): void {
    this.searchText = '';
    this.areas = [];
    this.record('push');
    (this.renderRoot.querySelector('input[type="search"]') as HTMLInputElement | null)?.focus();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('noUrlState') && this.noUrlState) window.removeEventListener('popstate', this.onPopState);
  }

  protected override render() {
    return html`<section part="card" class="card" aria-labelledby="heading">
      ${this.heading(0, this.t('finderHeading'), 'heading', 'heading-l', 'heading')}
      <p>${this.t('finderIntro')}</p>
      ${this.renderForm()}
      <div part="results" class="results">${this.renderResults()}</div>
    </section>`;
  }

  private renderForm(): TemplateResult {
    const age = parseAge(this.ageInput);
    const postcodeError = this.postcodeMessage?.isError ? this.postcodeMessage.text : undefined;
    return html`<form part="form" @submit=${this.onPostcodeSubmit} novalidate>
      <fieldset>
        <legend class="heading-m">${this.t('whereLegend')}</legend>
        ${
          this.postcodeLookup
            ? html`<div class="field">
              <label for="postcode">${this.t('postcodeLabel')}</label>
              <span class="hint" id="postcode-hint">${this.t('postcodeHint')}</span>
              <div class="row">
                <input id="postcode" name="postcode" part="postcode-input" type="text" autocomplete="postal-code" spellcheck="false"
                  aria-describedby="postcode-hint postcode-message" aria-invalid=${postcodeError ? 'true' : 'false'}
                  .value=${this.postcodeInput} @input=${(e: Event) => (this.postcodeInput = (e.target as HTMLInputElement).value)} />
                <button type="submit" ?disabled=${this.lookingUp}>${this.t('findButton')}</button>
              </div>
            </div>`
            : nothing
        }
        <p id="postcode-message" part="postcode-message" class="message ${postcodeError ? 'error-message' : ''}" role="status">${this.postcodeMessage?.text ?? ''}</p>
        <local-offer-council-picker .value=${this.livesIn} .label=${this.t(this.postcodeLookup ? 'orPickCouncil' : 'pickCouncil')} .hint=${this.t('pickCouncilHint')}
          .noMatches=${this.t('noCouncilMatches')} .matchCount=${(count: number) => this.t('councilMatches', { count })}
          @local-offer-council-pick=${this.onCouncilPick}></local-offer-council-picker>
      </fieldset>
      <div class="field">
        <label for="looked-after">${this.t('lookedAfterLabel')}</label>
        <span class="hint" id="looked-after-hint">${this.t('lookedAfterHint')}</span>
        <select id="looked-after" aria-describedby="looked-after-hint" @change=${(e: Event) => {
          const value = (e.target as HTMLSelectElement).value;
          this.lookedAfterChoice = value || undefined;
          this.record('push');
        }}>
          <option value="" ?selected=${!this.lookedAfterBy && this.lookedAfterChoice !== 'unknown'}>${this.t('lookedAfterChoose')}</option>
          <option value="unknown" ?selected=${this.lookedAfterChoice === 'unknown'}>${this.t('lookedAfterUnknown')}</option>
          ${UPPER_TIER_COUNCILS.map((council) => html`<option value=${council.code} ?selected=${this.lookedAfterBy === council.code}>${council.shortName}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="age">${this.t('ageLabel')}</label>
        <span class="hint" id="age-hint">${this.t('ageHint')}</span>
        ${age === 'invalid' ? html`<span class="error-message" id="age-error">${this.t('ageError')}</span>` : nothing}
        <input id="age" type="text" inputmode="numeric" autocomplete="off" spellcheck="false" .value=${this.ageInput}
          aria-describedby=${age === 'invalid' ? 'age-hint age-error' : 'age-hint'} aria-invalid=${age === 'invalid' ? 'true' : 'false'}
          @input=${(e: Event) => {
            this.ageInput = (e.target as HTMLInputElement).value;
            const parsed = parseAge(this.ageInput);
            if (parsed !== 'invalid') {
              this.age = parsed;
              this.record('replace');
            }
          }} />
      </div>
      <div class="field">
        <label for="situation">${this.t('situationLegend')}</label>
        <select id="situation" @change=${(e: Event) => {
          const value = (e.target as HTMLSelectElement).value;
          this.situation = (SITUATIONS as readonly string[]).includes(value) ? (value as Situation) : undefined;
          this.record('push');
        }}>
          <option value="" ?selected=${!this.situation}>${this.t('situationChoose')}</option>
          ${SITUATIONS.map((situation) => html`<option value=${situation} ?selected=${this.situation === situation}>${this.t(SITUATION_KEYS[situation])}</option>`)}
        </select>
      </div>
    </form>`;
  }

  private renderResults(): TemplateResult | typeof nothing {
    if (!this.livesIn && !this.lookedAfterBy) return html`<p>${this.t('startPrompt')}</p>`;
    const task = this.offersTask;
    if (task.status === TaskStatus.ERROR) {
      const error = task.error instanceof OfferLoadError ? task.error : new OfferLoadError('network', String(task.error));
      // The page's own fallback content (a link to its offer, say) shows under the error.
      return html`${renderLoadError(error, this.localizer, () => {
        this.attempt++;
        this.requestUpdate();
      })}<slot></slot>`;
    }
    const load = task.value;
    if (task.status !== TaskStatus.COMPLETE || !load) {
      const place = this.livesIn ? councilName(this.livesIn) : councilName(this.lookedAfterBy!);
      return html`<p role="status" aria-busy="true">${this.t('loadingOffers', { place })}</p>`;
    }
    const { index, areaCounts } = this.joinedItems(load);
    const matches = search(index, this.searchText).filter((item) => this.areas.length === 0 || this.areas.includes(item.area));
    const now = this.now ?? new Date();
    return html`
      ${load.offers.some((loaded) => loaded.offer.isExample) ? html`<div class="notice notice--warning" part="notice"><p>${this.t('exampleNotice')}</p></div>` : nothing}
      ${load.missing.map(
        (council) => html`<div class="notice" part="missing-offer">
          <p>${this.t('missingOffer', { council: council.name })}</p>
          ${council.govUkUrl ? html`<p><a href=${council.govUkUrl}>${this.t('missingOfferContact', { council: council.name })}</a></p>` : nothing}
        </div>`,
      )}
      ${load.failed.map(({ name }) => html`<div class="notice notice--warning" part="notice"><p>${this.t('offerFailed', { council: name })}</p></div>`)}
      ${load.offers
        .filter((loaded) => isStale(loaded.offer.lastReviewed, now, this.staleAfterMonths))
        .map(
          (loaded) =>
            html`<div class="notice notice--warning" part="notice"><p>${loaded.offer.publisher.name}: ${this.t('staleWarning', { months: this.staleAfterMonths })}</p></div>`,
        )}
      <div class="field">
        <label for="search">${this.t('searchLabel')}</label>
        <span class="hint" id="search-hint">${this.t('searchHint')}</span>
        <input id="search" type="search" part="search-input" aria-describedby="search-hint" .value=${this.searchText}
          @input=${(e: Event) => {
            this.searchText = (e.target as HTMLInputElement).value;
            this.limit = PAGE_SIZE;
            this.record('replace');
          }} />
      </div>
      <fieldset part="filters">
        <legend>${this.t('areaFilterLegend')}</legend>
        <div class="filters">
          ${AREAS.map((area) => {
            const count = areaCounts.get(area) ?? 0;
            // An area with nothing in it is no choice at all, unless the link being followed chose it.
            if (count === 0 && !this.areas.includes(area)) return nothing;
            return html`<div class="choice">
              <input type="checkbox" id="area-${area}" .checked=${this.areas.includes(area)} @change=${(e: Event) => this.toggleArea(area, (e.target as HTMLInputElement).checked)} />
              <label for="area-${area}">${AREA_LABELS[area]} (${count})</label>
            </div>`;
          })}
        </div>
      </fieldset>
      ${this.renderGuidance(load)}
      <p class="count" part="count" role="status">${this.describeCount(matches)}</p>
      ${
        matches.length === 0
          ? html`<p>${this.t('noResultsHelp')}</p><button type="button" @click=${this.clearFilters}>${this.t('clearFilters')}</button>`
          : this.renderGroups(matches)
      }
      <p class="secondary">${load.offers.map((l) => `${l.offer.publisher.name}: ${this.t('lastReviewed', { date: formatDate(l.offer.lastReviewed) })}`).join(' · ')}</p>
    `;
  }

  /**
   * With no answer about their time in care, or "not sure", many items can only be "may be for you": say
   * so kindly, and who can tell them, rather than leave them guessing.
   */
  private renderGuidance(load: JoinedOfferLoad): TemplateResult | typeof nothing {
    if (this.situation && this.situation !== 'not-sure') return nothing;
    const carer = load.offers.find((loaded) => loaded.offer.publisher.councilCode === this.lookedAfterBy) ?? load.offers[0];
    const team = carer ? leavingCareTeam(carer.offer) : undefined;
    const tel = phoneHref('tel', team?.phone);
    return html`<div class="notice" part="guidance">
      <p>${this.t(this.situation === 'not-sure' ? 'notSureGuidance' : 'noSituationGuidance')}</p>
      ${team ? html`<p>${this.t('askTeam', { team: team.name, council: carer!.offer.publisher.name })} ${tel ? html`<a class="phone" href=${tel}>${this.t('callTeam', { number: team.phone! })}</a>` : nothing}</p>` : nothing}
    </div>`;
  }

  /** "12 things you can get, and 3 that may be for you": the count never promises what only may apply. */
  private describeCount(matches: readonly FinderItem[]): string {
    if (matches.length === 0) return this.t('noResults', { query: this.searchText });
    const maybe = matches.filter((item) => item.verdict === 'may-apply').length;
    const sure = matches.length - maybe;
    if (maybe === 0) return this.t('resultCount', { count: sure });
    if (sure === 0) return this.t('resultCountMaybe', { count: maybe });
    return `${this.t('resultCount', { count: sure })}${this.t('resultCountAndMaybe', { count: maybe })}`;
  }

  /**
   * Results grouped by area, in area order. Only the first `limit` are rendered — a phone gains nothing
   * from ten thousand list items, and typing stays fast — with a button for more.
   */
  private renderGroups(matches: readonly FinderItem[]): TemplateResult {
    const byArea = new Map<Area, FinderItem[]>(AREAS.map((area) => [area, []]));
    for (const item of matches) byArea.get(item.area)!.push(item);
    let budget = this.limit;
    const groups = AREAS.map((area) => {
      const inArea = byArea.get(area)!;
      if (!inArea.length || budget <= 0) return nothing;
      const shown = inArea.slice(0, budget);
      budget -= shown.length;
      return html`<section class="area" part="area" aria-labelledby="area-heading-${area}">
        ${this.heading(1, `${AREA_LABELS[area]} (${this.t('areaCount', { count: inArea.length })})`, 'area-heading', 'heading-m', `area-heading-${area}`)}
        <ul class="items">${shown.map((item) => this.renderItem(item))}</ul>
      </section>`;
    });
    const hidden = matches.length - this.limit;
    return html`${groups}${
      hidden > 0
        ? html`<button type="button" class="show-more" part="show-more" @click=${() => (this.limit += PAGE_SIZE)}>${this.t('showMore', { count: Math.min(hidden, PAGE_SIZE), total: matches.length })}</button>`
        : nothing
    }`;
  }

  private renderItem(item: FinderItem): TemplateResult {
    const lead = item.lead;
    const providers = [...new Set(item.sources.map((s) => s.provider?.name).filter(Boolean))] as string[];
    const values = item.sources
      .map((source) => ({ provider: source.provider?.name ?? source.offer.publisher.name, value: formatValue(source.item.value, this.localizer) }))
      .filter((v): v is { provider: string; value: string } => !!v.value);
    const nationalValue =
      !values.length && item.national?.amountPence !== undefined
        ? formatValue({ amountPence: item.national.amountPence, upTo: item.national.upTo, period: item.national.period }, this.localizer)
        : undefined;
    const links = (lead?.item.links ?? []).map((link) => ({ title: link.title, href: safeHref(link.url) })).filter((l) => l.href);
    if (!lead && item.national) links.push({ title: item.national.source.title, href: safeHref(item.national.source.url) });
    const contact = lead?.item.contactId ? lead.offer.contacts.find((c) => c.id === lead.item.contactId) : undefined;
    const notInForce = describeNotInForce(item.national, this.localizer);
    return html`<li class="item" part="item">
      ${
        notInForce
          ? html`<span class="tag">${this.t('notInForceTag')} ${notInForce}</span>`
          : item.verdict === 'may-apply'
            ? html`<span class="tag">${this.t('mayApply')} ${describeMayApply(item.unknowns, this.localizer)}</span>`
            : nothing
      }
      ${this.heading(2, item.title, 'item-title', 'heading-s')}
      <p>${item.summary}</p>
      <dl class="facts">
        ${
          item.conflictingAmounts
            ? html`<dt>${this.t('worth')}</dt><dd>${this.t('differentAmounts')}<ul>${values.map((v) => html`<li>${v.provider}: ${v.value}</li>`)}</ul></dd>`
            : values[0] || nationalValue
              ? html`<dt>${this.t('worth')}</dt><dd>${values[0]?.value ?? nationalValue}</dd>`
              : nothing
        }
        <dt>${this.t('why')}</dt><dd>${item.reasons.map((reason) => describeReason(reason, this.localizer, councilName)).join('; ')}</dd>
        <dt>${this.t('providedBy')}</dt><dd>${providers.length ? providers.join(', ') : item.national ? describeDeliverer(item.national, this.lookedAfterBy ? councilByCode(this.lookedAfterBy)?.name : undefined, this.localizer) : ''}</dd>
        ${lead?.item.eligibility?.conditions ? html`<dt>${this.t('onlyIf')}</dt><dd>${lead.item.eligibility.conditions}</dd>` : nothing}
      </dl>
      ${
        lead?.item.howToClaim || lead?.item.details || lead?.item.evidence?.length || contact || links.length
          ? html`<details>
            <summary>${this.t('moreDetails', { title: item.title })}</summary>
            ${lead?.item.details ? html`<p>${lead.item.details}</p>` : nothing}
            ${lead?.item.howToClaim ? html`<p class="heading-s">${this.t('howToClaim')}</p><p>${lead.item.howToClaim}</p>` : nothing}
            ${lead?.item.evidence?.length ? html`<p class="heading-s">${this.t('evidence')}</p><ul>${lead.item.evidence.map((e) => html`<li>${e}</li>`)}</ul>` : nothing}
            ${contact ? html`<p class="heading-s">${this.t('whoToAsk')}</p><p>${contact.name}${phoneHref('tel', contact.phone) ? html`: <a href=${phoneHref('tel', contact.phone)!}>${contact.phone}</a>` : nothing}</p>` : nothing}
            ${links.length ? html`<p class="heading-s">${this.t('moreInformation')}</p><ul>${links.map((l) => html`<li><a href=${l.href!}>${l.title}</a></li>`)}</ul>` : nothing}
          </details>`
          : nothing
      }
    </li>`;
  }
}
