import { Task, TaskStatus } from '@lit/task';
import { html, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { OfferConsumerController } from '../../context/offer-consumer-controller.js';
import { OfferLoadError, toLoadError } from '../../context/offer-load-error.js';
import { readInlineOffer } from '../../context/offer-loader.js';
import type { CouncilPickEvent } from '../../events/council-pick-event.js';
import { LocalOfferErrorEvent } from '../../events/local-offer-error-event.js';
import { LocalOfferLoadEvent } from '../../events/local-offer-load-event.js';
import { COMMON_STRINGS } from '../../i18n/strings/common.js';
import { FINDER_STRINGS, type FinderKey } from '../../i18n/strings/finder.js';
import { OFFER_ITEM_STRINGS, type OfferItemKey } from '../../i18n/strings/offer-items.js';
import { TIME_STRINGS, type TimeKey } from '../../i18n/strings/times.js';
import { TRUST_STRINGS, type TrustKey } from '../../i18n/strings/trust.js';
import { AREA_STRINGS, type AreaKey } from '../../i18n/strings/vocabulary.js';
import { londonTime } from '../../model/london-time.js';
import type { Situation } from '../../model/profile.js';
import { search } from '../../model/search.js';
import { councilByCode } from '../../places/council-registry.js';
import { AREAS, type Area } from '../../schema/vocabularies.js';
import { CouncilPickerElement } from '../local-offer-council-picker/local-offer-council-picker.js';
import { renderLoadError } from '../shared/load-error-view.js';
import { LocalOfferElement } from '../shared/local-offer-element.js';
import { parseAge } from '../shared/profile-fields.js';
import { councilsToLoad, lookedAfterByFor, profileFor } from './finder-plan.js';
import { finderResults, type FinderResults } from './finder-results.js';
import { renderFinderForm } from './finder-form-view.js';
import { PAGE_SIZE, renderFinderResults } from './finder-results-view.js';
import { FinderUrlController } from './finder-url-controller.js';
import type { FinderUrlState } from './finder-url-state.js';
import { directoryListings, loadedListings, loadOffersFor, type JoinedOfferLoad } from './joined-offer-loader.js';
import { localOfferFinderStyles } from './local-offer-finder.styles.js';
import { PostcodeLookupController } from './postcode-lookup-controller.js';

// Only the words this element shows, so that it carries no other element's when bundled alone.
const FINDER_ELEMENT_STRINGS = { ...COMMON_STRINGS, ...TRUST_STRINGS, ...OFFER_ITEM_STRINGS, ...TIME_STRINGS, ...FINDER_STRINGS, ...AREA_STRINGS };

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
 * @csspart example-notice - The notice shown for example data.
 * @csspart stale-warning - The warning for an offer not reviewed for too long.
 * @csspart load-warning - The notice for an offer that could not be loaded.
 * @csspart guidance - Who can help, shown while the young person's time in care is unknown.
 * @csspart unknown-place - The notice for a link naming a council code that is not a council in England.
 * @csspart missing-offer - The notice for a council with no offer in the directory.
 * @csspart error - The box explaining why offers cannot be shown.
 * @csspart error-details - The disclosure listing schema errors with their JSON Pointers.
 * @csspart retry-button - The Try again button.
 * @csspart dropped-note - For the website team: the parts of the offers not shown because they are not valid.
 * @slot - Fallback content, shown when scripts fail or the offers cannot be loaded.
 * @fires local-offer-load - LocalOfferLoadEvent, once for each offer loaded for the chosen place.
 * @fires local-offer-error - LocalOfferErrorEvent: the directory or an offer could not be loaded or is invalid.
 * @cssprop --local-offer-finder-accent - The top border; defaults to --local-offer-color-accent.
 * @cssprop --local-offer-color-accent - Accent colour shared by all elements.
 * @cssprop --local-offer-color-focus - Focus highlight (GOV.UK yellow).
 */
export class LocalOfferFinderElement extends LocalOfferElement<TrustKey | OfferItemKey | TimeKey | FinderKey | AreaKey> {
  protected readonly localizer = this.createLocalizer(FINDER_ELEMENT_STRINGS);

  static override styles = localOfferFinderStyles;

  /** URL of a directory of offers. Without one, the finder uses `offers`, or the offer of a surrounding `<local-offer>`. */
  @property() directory: string | undefined = undefined;

  /** Offer objects set by script, used instead of a directory; each is validated like a file. */
  @property({ attribute: false }) offers: readonly object[] | undefined = undefined;

  /**
   * A postcodes.io-compatible lookup as a URL template, such as
   * "https://api.postcodes.io/postcodes/{postcode}". Without it no postcode leaves the page, and people
   * pick their council from a list.
   */
  @property({ attribute: 'postcode-lookup' }) postcodeLookup: string | undefined = undefined;

  /** Do not keep the view in the address bar. */
  @property({ type: Boolean, attribute: 'no-url-state' }) noUrlState = false;

  /** Milliseconds to wait for each file or lookup. */
  @property({ type: Number }) timeout: number = 10_000;

  /** Warn about offers last reviewed at least this many months ago. */
  @property({ type: Number, attribute: 'stale-after-months' }) staleAfterMonths: number = 12;

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
  @state() private limit = PAGE_SIZE;
  @state() private unknownCodes: readonly string[] = [];

  @query('local-offer-council-picker') private picker!: CouncilPickerElement | null;

  private readonly provided = new OfferConsumerController(this);

  private readonly url = new FinderUrlController(this, {
    enabled: () => !this.noUrlState,
    state: () => ({
      livesIn: this.livesIn,
      lookedAfterBy: this.lookedAfterChoice,
      age: this.age,
      situation: this.situation,
      query: this.searchText,
      areas: this.areas,
    }),
    restore: (state) => this.restore(state),
  });

  private readonly postcode = new PostcodeLookupController(this, {
    template: () => this.postcodeLookup,
    timeoutMs: () => this.timeout,
    localizer: this.localizer,
    found: (place) => this.setPlace(place.code),
    fallBack: () => void this.updateComplete.then(() => this.picker?.focus()),
    displayName: (council) => CouncilPickerElement.displayName(council),
  });

  private joined: (FinderResults & { readonly key: string; readonly load: JoinedOfferLoad }) | undefined;
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
    onError: (error) => this.dispatchEvent(new LocalOfferErrorEvent(toLoadError(error))),
    args: () => [this.directory, councilsToLoad(this.answers).join(' '), this.timeout, this.attempt, this.offers, this.provided.provided] as const,
  });

  private get answers() {
    return { livesIn: this.livesIn, lookedAfterChoice: this.lookedAfterChoice, age: this.age, situation: this.situation };
  }

  private restore(state: FinderUrlState): void {
    // A well-formed code of no council (a mistyped or made-up link) is said, not silently taken as a place.
    const known = (code: string | undefined) => (!code || code === 'unknown' || councilByCode(code) ? code : undefined);
    this.unknownCodes = [state.livesIn, state.lookedAfterBy].filter((code): code is string => !!code && known(code) === undefined);
    this.livesIn = known(state.livesIn);
    this.lookedAfterChoice = known(state.lookedAfterBy);
    this.age = state.age;
    this.ageInput = state.age === undefined ? '' : String(state.age);
    this.situation = state.situation;
    this.searchText = state.query;
    this.areas = state.areas;
  }

  private joinedItems(load: JoinedOfferLoad): FinderResults {
    const profile = profileFor(this.answers);
    // Today in London: items past their last day are left out, and those starting later say so.
    const today = londonTime(this.now ?? new Date()).date;
    const key = JSON.stringify([profile, today]);
    if (this.joined?.key !== key || this.joined.load !== load) {
      this.joined = {
        key,
        load,
        ...finderResults(
          load.offers.map((loaded) => loaded.offer),
          profile,
          today,
        ),
      };
    }
    return this.joined;
  }

  private setPlace(code: string | undefined): void {
    this.livesIn = code;
    this.unknownCodes = [];
    this.limit = PAGE_SIZE;
    this.url.record('push');
  }

  private readonly onCouncilPick = (event: CouncilPickEvent) => {
    event.stopPropagation();
    this.postcode.clear();
    this.setPlace(event.council?.code);
  };

  private toggleArea(area: Area, on: boolean): void {
    this.areas = on ? AREAS.filter((a) => a === area || this.areas.includes(a)) : this.areas.filter((a) => a !== area);
    this.limit = PAGE_SIZE;
    this.url.record('push');
  }

  private clearFilters(): void {
    this.searchText = '';
    this.areas = [];
    this.url.record('push');
    (this.renderRoot.querySelector('input[type="search"]') as HTMLInputElement | null)?.focus();
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
    return renderFinderForm(
      {
        localizer: this.localizer,
        strings: this.strings,
        postcodeLookup: !!this.postcodeLookup,
        postcodeInput: this.postcodeInput,
        postcodeMessage: this.postcode.message,
        lookingUp: this.postcode.lookingUp,
        livesIn: this.livesIn,
        lookedAfterChoice: this.lookedAfterChoice,
        lookedAfterBy: lookedAfterByFor(this.answers),
        ageInput: this.ageInput,
        situation: this.situation,
      },
      {
        submitPostcode: (event) => {
          event.preventDefault();
          void this.postcode.lookUp(this.postcodeInput);
        },
        typePostcode: (value) => (this.postcodeInput = value),
        pickCouncil: this.onCouncilPick,
        chooseLookedAfter: (choice) => {
          this.lookedAfterChoice = choice;
          this.url.record('push');
        },
        typeAge: (value) => {
          this.ageInput = value;
          const parsed = parseAge(value);
          if (parsed === 'invalid') return;
          this.age = parsed;
          this.url.record('replace');
        },
        chooseSituation: (situation) => {
          this.situation = situation;
          this.url.record('push');
        },
      },
    );
  }

  private renderResults(): TemplateResult {
    const lookedAfterBy = lookedAfterByFor(this.answers);
    const unknown = this.unknownCodes.map(
      (code) => html`<div class="notice notice--warning" part="unknown-place" role="status"><p>${this.t('unknownPlace', { code })}</p></div>`,
    );
    if (!this.livesIn && !lookedAfterBy) return html`${unknown}<p>${this.t('startPrompt')}</p>`;
    const task = this.offersTask;
    if (task.status === TaskStatus.ERROR) {
      // The page's own fallback content (a link to its offer, say) shows under the error.
      const retry = () => {
        this.attempt++;
        this.requestUpdate();
      };
      const error = toLoadError(task.error);
      // The directory's own failures are worded as the directory's: "the list of Local Offers has mistakes".
      const ofDirectory = error.details.document === 'directory';
      const explain = {
        'no-source': this.t('errorNoDirectory'),
        ...(ofDirectory
          ? {
              invalid: this.t('errorDirectoryInvalid'),
              'not-json': this.t('errorDirectoryNotJson'),
              ...(error.retryable ? {} : { http: this.t('errorDirectoryNotFound', { status: error.details.status ?? '' }) }),
            }
          : {}),
      };
      return html`${renderLoadError(error, this.localizer, retry, explain)}<slot></slot>`;
    }
    const load = task.value;
    if (task.status !== TaskStatus.COMPLETE || !load) {
      const place = councilName(this.livesIn ?? lookedAfterBy!);
      return html`<p role="status" aria-busy="true">${this.t('loadingOffers', { place })}</p>`;
    }
    const { index, areaCounts } = this.joinedItems(load);
    return renderFinderResults(
      {
        localizer: this.localizer,
        heading: (offset, text, part, className, id) => this.heading(offset, text, part, className, id),
        load,
        matches: search(index, this.searchText).filter((item) => this.areas.length === 0 || this.areas.includes(item.area)),
        areaCounts,
        areas: this.areas,
        searchText: this.searchText,
        limit: this.limit,
        now: this.now ?? new Date(),
        today: londonTime(this.now ?? new Date()).date,
        staleAfterMonths: this.staleAfterMonths,
        situation: this.situation,
        lookedAfterBy,
      },
      {
        search: (text) => {
          this.searchText = text;
          this.limit = PAGE_SIZE;
          this.url.record('replace');
        },
        toggleArea: (area, on) => this.toggleArea(area, on),
        clearFilters: () => this.clearFilters(),
        showMore: () => (this.limit += PAGE_SIZE),
      },
    );
  }
}
