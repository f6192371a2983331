import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { toLoadError } from '../../context/offer-load-error.js';
import { PrintController } from '../../controllers/print-controller.js';
import type { CouncilPickEvent } from '../../events/council-pick-event.js';
import { LocalOfferErrorEvent } from '../../events/local-offer-error-event.js';
import { LocalOfferLoadEvent } from '../../events/local-offer-load-event.js';
import { COMMON_STRINGS } from '../../i18n/strings/common.js';
import { COMPARE_STRINGS, type CompareKey } from '../../i18n/strings/compare.js';
import type { Localizer } from '../../i18n/localize.js';
import type { OfferItemKey } from '../../i18n/strings/offer-items.js';
import { TRUST_STRINGS, type TrustKey } from '../../i18n/strings/trust.js';
import type { AreaKey } from '../../i18n/strings/vocabulary.js';
import { londonTime } from '../../model/london-time.js';
import { councilByCode, countyOf } from '../../places/council-registry.js';
import type { CouncilPickerElement } from '../local-offer-council-picker/local-offer-council-picker.js';
import { LazyView, LazyViewController } from '../shared/lazy-view-controller.js';
import { renderLoadError } from '../shared/load-error-view.js';
import { LocalOfferElement } from '../shared/local-offer-element.js';
import type { LoadedColumn } from './compare-loader.js';
import { UrlStateController } from '../shared/url-state-controller.js';
import { MAX_COUNCILS, parseCouncilList, readCompareState, writeCompareState } from './compare-url-state.js';
import { councilName, joinNames } from './council-names.js';
import { localOfferCompareStyles } from './local-offer-compare.styles.js';

// Only the words this element shows, so that it carries no other element's when bundled alone; the words
// for values and areas come with the code that draws the comparison.
const COMPARE_ELEMENT_STRINGS = { ...COMMON_STRINGS, ...TRUST_STRINGS, ...COMPARE_STRINGS };

const COMPARE_VIEW = new LazyView(() => import('./compare-chunk.js'));

/**
 * Two to four councils' Local Offers side by side, with what the government guarantees or recommends
 * everywhere in England as a column of its own: items that point at the same national entitlement share a
 * row, amounts are put in comparable terms and said to be above or below the recommended figure in words,
 * and each council's own extras are listed under it. A table on wide screens, one card per row on a phone.
 * Councils come from a directory, chosen with the council picker or given in `councils`, and the choice is
 * kept in the address bar. Only the offers compared are loaded.
 *
 * @tag local-offer-compare
 * @summary Puts councils' Local Offers side by side, with the national entitlements as a column.
 * @csspart card - The outer box.
 * @csspart heading - The element's heading.
 * @csspart controls - The councils chosen, the picker to add one, and the print button.
 * @csspart chosen - The list of councils being compared.
 * @csspart remove-button - The button that removes a council from the comparison.
 * @csspart print-button - The "Print this comparison" button.
 * @csspart prompt - The prompt to choose at least two councils.
 * @csspart announcement - The visually hidden live region that says what changed.
 * @csspart table - The comparison table (wide screens).
 * @csspart offer-notes - The list, above the comparison, of whose offer each council's is and when it was reviewed.
 * @csspart offer-note - One council's line in it.
 * @csspart council-column - A council's column heading.
 * @csspart national-column - The heading of the column for what applies everywhere in England.
 * @csspart area - One area's rows (a tbody in the table, a section on a phone).
 * @csspart area-heading - An area's heading.
 * @csspart row - One row of the table.
 * @csspart row-heading - A row's heading: the national entitlement, or "Other help from each council".
 * @csspart cell - A council's cell in a row.
 * @csspart national-cell - The national catalogue's cell in a row.
 * @csspart national-basis - How far the national entitlement binds: a right in law, a recommendation, a scheme, announced.
 * @csspart standing - Above, the same as or below the national figure, in words.
 * @csspart not-in-offer - "Not in this offer".
 * @csspart not-stated - "In this offer, but the amount is not stated".
 * @csspart cards - The comparison as cards (phones).
 * @csspart compare-card - One row as a card.
 * @csspart missing-offer - The note for a council with no offer in the directory.
 * @csspart load-warning - The note for a council whose offer could not be loaded.
 * @csspart stale-warning - The note for an offer not reviewed for too long.
 * @csspart unknown-place - The notice for a link naming a code that is not a council in England.
 * @csspart error - The box explaining why the comparison cannot be shown.
 * @csspart error-details - The disclosure with the details of that error.
 * @csspart retry-button - The Try again button.
 * @slot - Fallback content, shown when scripts fail or the directory cannot be loaded.
 * @fires local-offer-load - LocalOfferLoadEvent, once for each offer loaded for the comparison.
 * @fires local-offer-error - LocalOfferErrorEvent: the directory or an offer could not be loaded or is invalid.
 * @cssprop --local-offer-compare-accent - The top border; defaults to --local-offer-color-accent.
 * @cssprop --local-offer-color-accent - Accent colour shared by all elements.
 * @cssprop --local-offer-color-focus - Focus highlight (GOV.UK yellow).
 */
export class LocalOfferCompareElement extends LocalOfferElement<TrustKey | CompareKey> {
  protected readonly localizer = this.createLocalizer(COMPARE_ELEMENT_STRINGS);

  static override styles = localOfferCompareStyles;

  /** URL of a directory of offers, from which only the compared councils' offers are loaded. */
  @property() directory: string | undefined = undefined;

  /** Offer objects set by script, used instead of a directory; each is validated like a file. */
  @property({ attribute: false }) offers: readonly object[] | undefined = undefined;

  /** The councils to compare at first, as GSS codes separated by spaces or commas (at most four). A link's choice wins. */
  @property() councils = '';

  /** Do not keep the comparison in the address bar. */
  @property({ type: Boolean, attribute: 'no-url-state' }) noUrlState = false;

  /** Milliseconds to wait for each file. */
  @property({ type: Number }) timeout: number = 10_000;

  /** Say an offer may be out of date once it was last reviewed at least this many months ago. */
  @property({ type: Number, attribute: 'stale-after-months' }) staleAfterMonths: number = 12;

  /** A fixed clock, for demos and tests. */
  @property({ attribute: false }) now: Date | undefined = undefined;

  @state() private codes: readonly string[] = [];
  @state() private unknownCodes: readonly string[] = [];
  @state() private announcement = '';
  /** Set when a link or Back chose the councils, so the `councils` attribute does not override them. */
  private fromUrl = false;
  private attempt = 0;
  private itemWords: Localizer<OfferItemKey | AreaKey> | undefined;

  private readonly view = new LazyViewController(this, COMPARE_VIEW);

  private readonly url = new UrlStateController<string[]>(this, {
    enabled: () => !this.noUrlState,
    read: readCompareState,
    write: (href) => writeCompareState(this.codes, href),
    restore: (codes) => {
      this.fromUrl = true;
      this.choose(codes ?? []);
    },
  });

  constructor() {
    super();
    new PrintController(this);
  }

  private readonly offersTask = new Task(this, {
    task: async ([directory, codes, timeoutMs, , offers], { signal }): Promise<readonly LoadedColumn[] | undefined> => {
      const chosen = codes.split(' ').filter(Boolean);
      if (chosen.length < 2) return undefined;
      const view = await this.view.ready;
      this.itemWords ??= this.createLocalizer({ ...view.OFFER_ITEM_STRINGS, ...view.AREA_STRINGS });
      return view.loadComparison({ directory, offers, timeoutMs }, chosen, signal);
    },
    onComplete: (columns) => {
      if (!columns) return;
      for (const column of columns) {
        if (column.loaded && !column.via) this.dispatchEvent(new LocalOfferLoadEvent(column.loaded));
        if (column.error) this.dispatchEvent(new LocalOfferErrorEvent(column.error));
      }
      this.announcement = this.t('compareShowing', {
        councils: joinNames(
          columns.map((c) => councilName(c.code)),
          this.localizer,
        ),
      });
    },
    onError: (error) => this.dispatchEvent(new LocalOfferErrorEvent(toLoadError(error))),
    args: () => [this.directory, this.codes.join(' '), this.timeout, this.attempt, this.offers] as const,
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('councils') && !this.fromUrl) this.choose(parseCouncilList(this.councils));
  }

  /** Keeps well-formed codes of real councils; a code of no council is said, not silently dropped. */
  private choose(codes: readonly string[]): void {
    this.unknownCodes = codes.filter((code) => !councilByCode(code));
    this.codes = codes.filter((code) => councilByCode(code)).slice(0, MAX_COUNCILS);
  }

  private readonly onCouncilPick = (event: CouncilPickEvent) => {
    event.stopPropagation();
    const code = event.council?.code;
    if (!code) return;
    const picker = event.target as CouncilPickerElement;
    picker.value = undefined;
    if (this.codes.includes(code) || this.codes.length >= MAX_COUNCILS) return;
    this.codes = [...this.codes, code];
    this.unknownCodes = [];
    this.fromUrl = true;
    this.url.record();
  };

  private removeCouncil(code: string): void {
    const index = this.codes.indexOf(code);
    this.codes = this.codes.filter((c) => c !== code);
    this.fromUrl = true;
    this.announcement = this.t('compareRemoved', { council: councilName(code) });
    this.url.record();
    // Focus stays in the list: on the next council's Remove button, or on the picker when none is left.
    void this.updateComplete.then(() => {
      const buttons = this.renderRoot.querySelectorAll<HTMLButtonElement>('[part="remove-button"]');
      const next = buttons[Math.min(index, buttons.length - 1)];
      if (next) next.focus();
      else this.renderRoot.querySelector<CouncilPickerElement>('local-offer-council-picker')?.focus();
    });
  }

  protected override render() {
    return html`<section part="card" class="card" aria-labelledby="heading">
      ${this.heading(0, this.t('compareHeading'), 'heading', 'heading-l', 'heading')}
      <p>${this.t('compareIntro')}</p>
      ${this.unknownCodes.map(
        (code) => html`<div class="notice notice--warning" part="unknown-place" role="status"><p>${this.t('compareUnknownCouncil', { code })}</p></div>`,
      )}
      ${this.renderControls()}
      <p class="visually-hidden" role="status" part="announcement">${this.announcement}</p>
      <div class="comparison">${this.renderComparison()}</div>
    </section>`;
  }

  private renderControls(): TemplateResult {
    const full = this.codes.length >= MAX_COUNCILS;
    return html`<div class="controls" part="controls">
      ${
        this.codes.length
          ? html`${this.heading(1, this.t('compareChosenHeading'), 'chosen-heading', 'heading-s', 'chosen-heading')}
            <ul class="chosen" part="chosen" aria-labelledby="chosen-heading">
              ${this.codes.map(
                (code) => html`<li>
                  <span>${councilByCode(code)?.name ?? code}</span>
                  <button type="button" class="secondary" part="remove-button" @click=${() => this.removeCouncil(code)}>${this.t('compareRemove', { council: councilName(code) })}</button>
                </li>`,
              )}
            </ul>`
          : nothing
      }
      ${
        full
          ? html`<p class="secondary">${this.t('compareFull', { max: MAX_COUNCILS })}</p>`
          : html`<local-offer-council-picker .label=${this.t('compareAddCouncil')} .hint=${this.t('compareAddHint', { max: MAX_COUNCILS })} .strings=${this.strings}
              @local-offer-council-pick=${this.onCouncilPick}></local-offer-council-picker>`
      }
      ${this.codes.length >= 2 ? html`<button type="button" class="secondary print" part="print-button" @click=${() => window.print()}>${this.t('comparePrint')}</button>` : nothing}
    </div>`;
  }

  private renderComparison(): TemplateResult {
    if (this.codes.length < 2) return html`<p part="prompt">${this.t('comparePrompt')}</p>`;
    const task = this.offersTask;
    const view = this.view.view;
    if (task.status === TaskStatus.ERROR || this.view.error) {
      const retry = () => {
        this.attempt++;
        this.requestUpdate();
      };
      return html`${renderLoadError(this.view.error ?? toLoadError(task.error), this.localizer, retry)}<slot></slot>`;
    }
    const columns = task.value;
    if (task.status !== TaskStatus.COMPLETE || !columns || !view || !this.itemWords) {
      const councils = joinNames(this.codes.map(councilName), this.localizer);
      return html`<p role="status" aria-busy="true">${this.t('compareLoading', { councils })}</p>`;
    }
    const now = this.now ?? new Date();
    const groups = view.buildComparison(
      columns.map((column) => ({ code: column.code, offer: column.loaded?.offer })),
      { catalogue: view.NATIONAL_ENTITLEMENTS, countyOf: (code) => countyOf(code)?.code, today: londonTime(now).date },
    );
    return view.renderComparison({
      localizer: this.localizer,
      itemWords: this.itemWords,
      heading: (offset, text, part, className) => this.heading(offset, text, part, className),
      columns,
      groups,
      now,
      staleAfterMonths: this.staleAfterMonths,
    });
  }
}
