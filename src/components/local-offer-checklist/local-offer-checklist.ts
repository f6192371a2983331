import { type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { LoadedOffer } from '../../context/offer-loader.js';
import { PrintController } from '../../controllers/print-controller.js';
import { COMMON_STRINGS } from '../../i18n/strings/common.js';
import { TRUST_STRINGS } from '../../i18n/strings/trust.js';
import type { Profile, Situation } from '../../model/profile.js';
import { LazyView, LazyViewController } from '../shared/lazy-view-controller.js';
import { OfferConsumerElement } from '../shared/offer-consumer-element.js';
import { ageAttribute, isSituation, parseAge } from '../shared/profile-fields.js';
import { AnswerStore, storeKeyFor } from './answer-store.js';
import type { ChecklistMemo, ChecklistWords } from './checklist-view.js';
import { localOfferChecklistStyles } from './local-offer-checklist.styles.js';

/** How many items render at first, and how many more each "Show more" adds: real offers fit in one page. */
const PAGE_SIZE = 100;

const CHECKLIST_VIEW = new LazyView(() => import('./checklist-view.js'));

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
export class LocalOfferChecklistElement extends OfferConsumerElement {
  // Only the words for loading and errors: the checklist's own come with its view (checklistWords).
  protected readonly localizer = this.createLocalizer({ ...COMMON_STRINGS, ...TRUST_STRINGS });

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
  private readonly memo: ChecklistMemo = { checkboxIds: new Map() };
  private words: ChecklistWords | undefined;
  // Requested as the element arrives, alongside the offer: see LazyViewController.
  private readonly view = new LazyViewController(this, CHECKLIST_VIEW);

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
    this.announcement = this.words?.t('answersCleared') ?? '';
  }

  protected override render() {
    return this.renderOffer('loading', (loaded) => this.renderChecklist(loaded), this.view);
  }

  private renderChecklist(loaded: LoadedOffer) {
    const store = this.store;
    const view = this.view.view!;
    return view.renderChecklist(
      {
        localizer: (this.words ??= view.checklistWords(this.localizer)),
        heading: (offset, text, part, className, id) => this.heading(offset, text, part, className, id),
        offer: loaded.offer,
        dropped: loaded.dropped,
        profile: this.profile,
        ageInput: this.ageInput,
        ticks: this.ticks,
        limit: this.limit,
        pageSize: PAGE_SIZE,
        announcement: this.announcement,
        storageProblem: store && !store.persistent ? 'storageUnavailable' : store?.saveFailed ? 'storageFull' : undefined,
        now: this.now ?? new Date(),
        staleAfterMonths: this.staleAfterMonths,
        root: this.renderRoot,
        memo: this.memo,
      },
      {
        typeAge: (value) => {
          this.ageInput = value;
          const parsed = parseAge(value);
          if (parsed !== 'invalid') this.updateProfile({ age: parsed });
        },
        change: (change) => this.updateProfile(change),
        toggle: (key, ticked) => this.toggle(key, ticked),
        clear: () => this.clearAnswers(),
        showMore: () => (this.limit += PAGE_SIZE),
      },
    );
  }
}
