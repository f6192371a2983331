import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ContextConsumer } from '@lit/context';
import { offerContext } from '../../context/offer-context.js';
import { toLoadError } from '../../context/offer-load-error.js';
import type { CouncilPickEvent } from '../../events/council-pick-event.js';
import { LocalOfferErrorEvent } from '../../events/local-offer-error-event.js';
import { LocalOfferLoadEvent } from '../../events/local-offer-load-event.js';
import { COMMON_STRINGS } from '../../i18n/strings/common.js';
import { FINDER_STRINGS, type FinderKey } from '../../i18n/strings/finder.js';
import { ABOUT_YOU_STRINGS, type AboutYouKey } from '../../i18n/strings/about-you.js';
import { TRUST_STRINGS, type TrustKey } from '../../i18n/strings/trust.js';
import { londonTime } from '../../model/london-time.js';
import type { Situation } from '../../model/profile.js';
import { AREAS, type Area } from '../../schema/vocabularies.js';
import type { CouncilPickerElement } from '../local-offer-council-picker/local-offer-council-picker.js';
import { renderLoadError } from '../shared/load-error-view.js';
import { LazyView, LazyViewController } from '../shared/lazy-view-controller.js';
import { LocalOfferElement } from '../shared/local-offer-element.js';
import { parseAge } from '../shared/profile-fields.js';
import type { FinderResultsCache } from './finder-results.js';
import type { FinderLocalizer } from './finder-results-view.js';
import type * as FinderQuestionsCode from './finder-questions-chunk.js';
import { PAGE_SIZE } from './finder-paging.js';
import { readFinderState, writeFinderState, type FinderUrlState } from './finder-url-state.js';
import type { JoinedOfferLoad } from './joined-offer-loader.js';
import { localOfferFinderStyles } from './local-offer-finder.styles.js';
import { PostcodeLookupController } from './postcode-lookup-controller.js';
import { UrlStateController } from '../shared/url-state-controller.js';

// Only the words of the questions, so that the finder carries no other element's when bundled alone, and
// the results' words come with the results' code (finderResultWords).
const FINDER_ELEMENT_STRINGS = { ...COMMON_STRINGS, ...TRUST_STRINGS, ...ABOUT_YOU_STRINGS, ...FINDER_STRINGS };

// The council list is asked for beside the questions, not after them: a bundler may put it in a file of its
// own (rollup does, as the results share it), which the questions' file would otherwise ask for only once here.
const FINDER_QUESTIONS_CODE = new LazyView(() =>
  Promise.all([import('./finder-questions-chunk.js'), import('../../places/council-registry.js')]).then(([questions]) => questions),
);
const FINDER_RESULTS_CODE = new LazyView(() => import('./finder-results-chunk.js'));

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
 * @csspart show-results - The button that folds the questions again, once a place is chosen.
 * @csspart answers - The questions folded into one line of answers, once a place is chosen.
 * @csspart answers-heading - The "Your answers" heading.
 * @csspart change-answers - The "Change your answers" button.
 * @csspart postcode-input - The postcode field (shown when a lookup is configured).
 * @csspart postcode-message - What the postcode lookup found, or why it failed.
 * @csspart results - The results region.
 * @csspart results-summary - The banner saying how many things were found, with a link to them.
 * @csspart count - The result count, announced when it changes.
 * @csspart who-to-call - Who to call: the leaving care team(s) and the out-of-hours line.
 * @csspart who-to-call-heading - Its heading.
 * @csspart call - One team in it.
 * @csspart call-status - Whether that team is open now.
 * @csspart call-link - Its phone (or email) link.
 * @csspart filters-disclosure - The disclosure holding the search and the area filters.
 * @csspart search-input - The search field.
 * @csspart filters - The area filters.
 * @csspart area - One area's group of results.
 * @csspart area-heading - The heading of an area's group.
 * @csspart may-apply - The group of results that may be for the young person.
 * @csspart may-apply-heading - Its heading.
 * @csspart not-yet - The group of results not available yet (announced, proposed, or starting later).
 * @csspart not-yet-heading - Its heading.
 * @csspart item - One result.
 * @csspart item-title - A result's title.
 * @csspart item-line - The one line under it: what it is worth, or its summary.
 * @csspart item-pending - Why it cannot be had yet, in the "not available yet" group.
 * @csspart item-details - The disclosure with everything else about it.
 * @csspart show-more - The "Show more" button.
 * @csspart example-notice - The notice shown for example data.
 * @csspart stale-warning - The warning for an offer not reviewed for too long.
 * @csspart load-warning - The notice for an offer that could not be loaded.
 * @csspart guidance - A kind word while the young person's time in care is unknown, with a button to answer.
 * @csspart unknown-place - The notice for a link naming, for where the young person lives, a code that is not a council in England.
 * @csspart unknown-carer - The same for the council that looked after them.
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
export class LocalOfferFinderElement extends LocalOfferElement<TrustKey | AboutYouKey | FinderKey> {
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
  /** A code in a link that is no council in England: for where they live, and for who looked after them. */
  @state() private unknownPlace: string | undefined = undefined;
  @state() private unknownCarer: string | undefined = undefined;
  /** The questions are open until a place is chosen; then they fold into a line of answers. */
  @state() private formOpen = true;

  @query('local-offer-council-picker') private picker!: CouncilPickerElement | null;

  // The offer of a surrounding <local-offer>, when there is one: the finder has no `src` of its own.
  private readonly provided = new ContextConsumer(this, { context: offerContext, subscribe: true });

  private readonly url = new UrlStateController<FinderUrlState>(this, {
    enabled: () => !this.noUrlState,
    // Every address names a view of the finder, the empty one included: Back to the page as it was first
    // opened clears the answers.
    read: readFinderState,
    write: (href) =>
      writeFinderState(
        {
          livesIn: this.livesIn,
          lookedAfterBy: this.lookedAfterChoice,
          age: this.age,
          situation: this.situation,
          query: this.searchText,
          areas: this.areas,
        },
        href,
      ),
    restore: (state) => this.restore(state ?? readFinderState('')),
  });

  private readonly postcode = new PostcodeLookupController(this, {
    template: () => this.postcodeLookup,
    timeoutMs: () => this.timeout,
    localizer: this.localizer,
    found: (place) => this.setPlace(place.code),
    fallBack: () => void this.updateComplete.then(() => this.picker?.focus()),
    // A lookup starts from the postcode field, which comes with the questions: the short name is never used.
    displayName: (council) => this.questions.view?.councilDisplayName(council) ?? council.shortName,
  });

  // Both requested as the finder arrives: the questions with the council list, and, while the young person
  // answers them, the results.
  private readonly questions = new LazyViewController(this, FINDER_QUESTIONS_CODE);
  private readonly view = new LazyViewController(this, FINDER_RESULTS_CODE);
  /** A view read from the address bar before the council list was here to check its codes against. */
  private pendingState: FinderUrlState | undefined;
  private reportedMissingQuestions = false;
  private results: FinderResultsCache | undefined;
  private resultWords: FinderLocalizer | undefined;
  private attempt = 0;

  private readonly offersTask = new Task(this, {
    task: async ([directory, codes, timeoutMs, , offers, provided], { signal }): Promise<JoinedOfferLoad | undefined> =>
      codes ? (await this.view.ready).loadFinderOffers({ directory, offers, provided, timeoutMs }, codes.split(' '), signal) : undefined,
    onComplete: (load) => {
      for (const loaded of load?.offers ?? []) this.dispatchEvent(new LocalOfferLoadEvent(loaded));
      for (const { error } of load?.failed ?? []) this.dispatchEvent(new LocalOfferErrorEvent(error));
    },
    onError: (error) => this.dispatchEvent(new LocalOfferErrorEvent(toLoadError(error))),
    args: () =>
      [
        this.directory,
        this.questions.view?.councilsToLoad(this.answers).join(' ') ?? '',
        this.timeout,
        this.attempt,
        this.offers,
        this.provided.value,
      ] as const,
  });

  private get answers() {
    return { livesIn: this.livesIn, lookedAfterChoice: this.lookedAfterChoice, age: this.age, situation: this.situation };
  }

  private restore(state: FinderUrlState): void {
    const questions = this.questions.view;
    if (!questions) {
      this.pendingState = state;
      return;
    }
    this.pendingState = undefined;
    // A well-formed code of no council (a mistyped or made-up link) is said, not silently taken as a place.
    const known = (code: string | undefined) => (!code || code === 'unknown' || questions.councilByCode(code) ? code : undefined);
    this.unknownPlace = known(state.livesIn) === undefined ? state.livesIn : undefined;
    this.unknownCarer = known(state.lookedAfterBy) === undefined ? state.lookedAfterBy : undefined;
    this.livesIn = known(state.livesIn);
    // A link that names a place opens on the results, with the questions folded into a line of answers.
    if (this.livesIn) this.formOpen = false;
    this.lookedAfterChoice = known(state.lookedAfterBy);
    this.age = state.age;
    this.ageInput = state.age === undefined ? '' : String(state.age);
    this.situation = state.situation;
    this.searchText = state.query;
    this.areas = state.areas;
  }

  private setPlace(code: string | undefined): void {
    this.livesIn = code;
    if (code) this.fold();
    this.unknownPlace = undefined;
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

  /** Folds the questions into the line of answers, and takes focus there so the results come next. */
  private fold(): void {
    this.formOpen = false;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#answers')?.focus());
  }

  /** Opens the questions again, at the first one or at `field`. */
  private unfold(field = 'looked-after'): void {
    this.formOpen = true;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#${field}`)?.focus());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.pendingState && this.questions.view) this.restore(this.pendingState);
    const missing = this.questions.error;
    if (missing && !this.reportedMissingQuestions) {
      this.reportedMissingQuestions = true;
      this.dispatchEvent(new LocalOfferErrorEvent(missing));
    }
  }

  protected override render() {
    const questions = this.questions.view;
    return html`<section part="card" class="card" aria-labelledby="heading">
      ${this.heading(0, this.t('finderHeading'), 'heading', 'heading-l', 'heading')}
      <p>${this.t('finderIntro')}</p>
      ${questions ? html`${this.renderForm(questions)}<div part="results" class="results">${this.renderResults(questions)}</div>` : this.renderWaiting()}
    </section>`;
  }

  /** Before the questions' code is here: a line saying so, or why it cannot come, with the page's fallback. */
  private renderWaiting(): TemplateResult {
    const error = this.questions.error;
    // Try again is offered only when the device was offline: a file missing from the website stays missing.
    if (error) return html`${renderLoadError(error, this.localizer, () => this.questions.retry())}<slot></slot>`;
    return html`<p role="status" aria-busy="true">${this.t('loadingQuestions')}</p>`;
  }

  private renderForm(questions: typeof FinderQuestionsCode): TemplateResult {
    const lookedAfterBy = questions.lookedAfterByFor(this.answers);
    return questions.renderFinderQuestions(
      {
        localizer: this.localizer,
        heading: (offset, text, part, className, id) => this.heading(offset, text, part, className, id),
        age: this.age,
        folded: !this.formOpen && (!!this.livesIn || !!lookedAfterBy),
        strings: this.strings,
        postcodeLookup: !!this.postcodeLookup,
        postcodeInput: this.postcodeInput,
        postcodeMessage: this.postcode.message,
        lookingUp: this.postcode.lookingUp,
        livesIn: this.livesIn,
        lookedAfterChoice: this.lookedAfterChoice,
        lookedAfterBy,
        ageInput: this.ageInput,
        situation: this.situation,
        canFold: !!this.livesIn || !!lookedAfterBy,
      },
      {
        fold: () => this.fold(),
        unfold: () => this.unfold(),
        submitPostcode: (event) => {
          event.preventDefault();
          void this.postcode.lookUp(this.postcodeInput);
        },
        typePostcode: (value) => (this.postcodeInput = value),
        pickCouncil: this.onCouncilPick,
        chooseLookedAfter: (choice) => {
          this.lookedAfterChoice = choice;
          this.unknownCarer = undefined;
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

  /**
   * What a link named that is no council: said above whatever the finder shows, never silently replaced.
   * Each in a place of its own, read in page order with what follows (no live region: they come with the
   * page, and changing an answer rewrites them).
   */
  private renderUnknownCodes(questions: typeof FinderQuestionsCode, lookedAfterBy: string | undefined): TemplateResult {
    const notice = (part: string, text: string) => html`<div class="notice notice--warning" part=${part}><p>${text}</p></div>`;
    // With a place, the finder goes on with the council for where they live, and says so.
    const council = lookedAfterBy && questions.councilByCode(lookedAfterBy)?.shortName;
    const carer = this.unknownCarer;
    return html`${this.unknownPlace ? notice('unknown-place', this.t('unknownPlace', { code: this.unknownPlace })) : nothing}${
      carer ? notice('unknown-carer', council ? this.t('unknownCarer', { code: carer, council }) : this.t('unknownCarerNoPlace', { code: carer })) : nothing
    }`;
  }

  private renderResults(questions: typeof FinderQuestionsCode): TemplateResult {
    const lookedAfterBy = questions.lookedAfterByFor(this.answers);
    return html`${this.renderUnknownCodes(questions, lookedAfterBy)}${this.renderResultsFor(questions, lookedAfterBy)}`;
  }

  private renderResultsFor(questions: typeof FinderQuestionsCode, lookedAfterBy: string | undefined): TemplateResult {
    if (!this.livesIn && !lookedAfterBy) return html`<p>${this.t('startPrompt')}</p>`;
    const task = this.offersTask;
    if (task.status === TaskStatus.ERROR) {
      // The page's own fallback content (a link to its offer, say) shows under the error.
      const retry = () => {
        this.attempt++;
        this.requestUpdate();
      };
      const error = toLoadError(task.error);
      // The view is here unless its own loading failed, which is the error then.
      const view = this.view.view;
      const explain = view?.explainFinderError(error, (this.resultWords ??= view.finderResultWords(this.localizer)));
      return html`${renderLoadError(error, this.localizer, retry, explain)}<slot></slot>`;
    }
    const load = task.value;
    const view = this.view.view;
    if (task.status !== TaskStatus.COMPLETE || !load || !view) {
      const code = this.livesIn ?? lookedAfterBy!;
      const place = questions.councilByCode(code)?.shortName ?? code;
      return html`<p role="status" aria-busy="true">${this.t('loadingOffers', { place })}</p>`;
    }
    this.results ??= new view.FinderResultsCache();
    const words = (this.resultWords ??= view.finderResultWords(this.localizer));
    const { index, areaCounts } = this.results.for(load, questions.profileFor(this.answers), londonTime(this.now ?? new Date()).date);
    return view.renderFinderResults(
      {
        localizer: words,
        heading: (offset, text, part, className, id) => this.heading(offset, text, part, className, id),
        load,
        matches: view.search(index, this.searchText).filter((item) => this.areas.length === 0 || this.areas.includes(item.area)),
        areaCounts,
        areas: this.areas,
        searchText: this.searchText,
        limit: this.limit,
        now: this.now ?? new Date(),
        today: londonTime(this.now ?? new Date()).date,
        staleAfterMonths: this.staleAfterMonths,
        situation: this.situation,
        livesIn: this.livesIn,
        lookedAfterBy,
      },
      {
        answerMore: () => this.unfold('age'),
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
