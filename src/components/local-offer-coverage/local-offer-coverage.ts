import { Task, TaskStatus } from '@lit/task';
import { html, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { OfferLoadError, toLoadError } from '../../context/offer-load-error.js';
import { PrintController } from '../../controllers/print-controller.js';
import { LocalOfferErrorEvent } from '../../events/local-offer-error-event.js';
import { COMMON_STRINGS } from '../../i18n/strings/common.js';
import { COVERAGE_STRINGS, type CoverageKey } from '../../i18n/strings/coverage.js';
import { LazyView, LazyViewController } from '../shared/lazy-view-controller.js';
import { renderLoadError } from '../shared/load-error-view.js';
import { LocalOfferElement } from '../shared/local-offer-element.js';
import { UrlStateController } from '../shared/url-state-controller.js';
import type { CoverageRow, Measure, Show, Sort, SortKey } from './coverage-measures.js';
import type { CoverageReport } from './coverage-report.js';
import { readCoverageState, writeCoverageState, type CoverageUrlState } from './coverage-url-state.js';
import type { Direction } from './hex-layout.js';
import { localOfferCoverageStyles } from './local-offer-coverage.styles.js';

// Only the words this element shows, so that it carries no other element's when bundled alone.
const COVERAGE_ELEMENT_STRINGS = { ...COMMON_STRINGS, ...COVERAGE_STRINGS };

const ARROWS: Readonly<Record<string, Direction>> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };
const MEASURE_NAMES: readonly string[] = ['publishes', 'reviewed', 'setting-up-home', 'council-tax'];

const COVERAGE_VIEW = new LazyView(() => import('./coverage-chunk.js'));

/**
 * Every council in England at a glance, for a directory of Local Offers: whether it publishes an offer
 * (and whether the file validates), when it was last reviewed, whether a joint offer covers it, and its
 * setting-up-home allowance and council tax support. A hex map of the 296 district-level councils, drawn
 * as plain SVG and coloured (with patterns and words too) by a chosen measure, and the same data as a
 * table that sorts and filters. A hexagon is a link to its council's row; the map takes one tab stop and
 * the arrow keys move between hexagons. Reads a coverage report (docs/coverage.md), or works one out from
 * a directory by loading its offers. The map's hexagons load with the element's data, in no other element.
 *
 * @tag local-offer-coverage
 * @summary Maps which councils publish a Local Offer, with a sortable, filterable table of the same data.
 * @csspart card - The outer box.
 * @csspart heading - The element's heading.
 * @csspart measures - The choice of what to colour the map by.
 * @csspart map - The map with its caption and key.
 * @csspart map-caption - The map's caption: what it shows, and how many councils are in each category.
 * @csspart map-summary - The count of councils in each category, in words (the map's text alternative).
 * @csspart skip-link - The link past the map, to the table.
 * @csspart map-svg - The map's SVG.
 * @csspart hex - One council's hexagon (a link to its row in the table).
 * @csspart legend - The map's key.
 * @csspart legend-item - One category in the key, with its pattern and count.
 * @csspart source-note - Where the recommended figure comes from.
 * @csspart table-controls - The search and the "Show" choice above the table.
 * @csspart filter-input - The search field.
 * @csspart show-select - The "Show" choice.
 * @csspart row-count - How many councils the table shows, announced when it changes.
 * @csspart table-wrap - The box around the table.
 * @csspart table - The table.
 * @csspart sort-button - A column heading's sort button.
 * @csspart row - One council's row.
 * @csspart announcement - The visually hidden live region that says what changed.
 * @csspart example-notice - The notice shown for example data.
 * @csspart error - The box explaining why the coverage cannot be shown.
 * @csspart error-details - The disclosure with the details of that error.
 * @csspart retry-button - The Try again button.
 * @slot - Fallback content, shown when scripts fail or the data cannot be loaded.
 * @fires local-offer-error - LocalOfferErrorEvent: the report or the directory could not be loaded.
 * @cssprop --local-offer-coverage-accent - The top border; defaults to --local-offer-color-accent.
 * @cssprop --local-offer-color-accent - Accent colour shared by all elements.
 * @cssprop --local-offer-color-focus - Focus highlight (GOV.UK yellow).
 */
export class LocalOfferCoverageElement extends LocalOfferElement<CoverageKey> {
  protected readonly localizer = this.createLocalizer(COVERAGE_ELEMENT_STRINGS);

  static override styles = localOfferCoverageStyles;

  /**
   * URL of a coverage report: the file `local-offer directory build --report` writes
   * (docs/publish-and-keep-current.md). Used before `directory` when both are set.
   */
  @property() report: string | undefined = undefined;

  /** URL of a directory of offers: every offer it lists is loaded, and the report worked out here. */
  @property() directory: string | undefined = undefined;

  /** A coverage report set by script (as the command-line tool writes it), used instead of `report` or `directory`. */
  @property({ attribute: false }) data: object | undefined = undefined;

  /** What the map is coloured by at first: publishes, reviewed, setting-up-home or council-tax. */
  @property() measure: Measure = 'publishes';

  /** Do not keep the view (measure, search, "Show" and sort) in the address bar. */
  @property({ type: Boolean, attribute: 'no-url-state' }) noUrlState = false;

  /** Milliseconds to wait for each file. */
  @property({ type: Number }) timeout: number = 10_000;

  /** Say an offer may be out of date once it was last reviewed at least this many months ago. */
  @property({ type: Number, attribute: 'stale-after-months' }) staleAfterMonths: number = 12;

  /** A fixed clock, for demos and tests. */
  @property({ attribute: false }) now: Date | undefined = undefined;

  @state() private sort: Sort = { key: 'name', descending: false };
  @state() private filterText = '';
  @state() private show: Show = 'all';
  @state() private activeHex: string | undefined = undefined;
  @state() private selected: string | undefined = undefined;
  @state() private announcement = '';
  private attempt = 0;
  /** The rows of the last report, made once per report. */
  private rowsFor: { report: CoverageReport; rows: CoverageRow[] } | undefined;

  private readonly view = new LazyViewController(this, COVERAGE_VIEW);

  /** What the page's own attributes chose, for Back to an address that names no view. */
  private initialMeasure: Measure | undefined;

  private readonly url = new UrlStateController<CoverageUrlState>(this, {
    enabled: () => !this.noUrlState,
    read: readCoverageState,
    write: (href) => writeCoverageState({ measure: this.measure, show: this.show, query: this.filterText, sort: this.sort }, href),
    restore: (state) => {
      this.initialMeasure ??= this.measure;
      this.measure = state?.measure ?? this.initialMeasure;
      this.show = state?.show ?? 'all';
      this.filterText = state?.query ?? '';
      this.sort = state?.sort ?? { key: 'name', descending: false };
    },
  });

  constructor() {
    super();
    new PrintController(this);
  }

  private readonly dataTask = new Task(this, {
    task: async ([report, directory, data, timeoutMs, staleAfterMonths], { signal }): Promise<CoverageReport> => {
      const view = await this.view.ready;
      if (data) {
        // Set by script, it is read as a file is: a field of the wrong type is left out.
        const read = view.readAnyReport(data);
        if (!read) throw new OfferLoadError('invalid', 'The data set on <local-offer-coverage> is not a coverage report');
        return read;
      }
      return view.loadCoverage({ report, directory, timeoutMs, now: this.now ?? new Date(), staleAfterMonths }, signal);
    },
    onError: (error) => this.dispatchEvent(new LocalOfferErrorEvent(toLoadError(error))),
    args: () => [this.report, this.directory, this.data, this.timeout, this.staleAfterMonths, this.attempt] as const,
  });

  private openRow(code: string): void {
    this.selected = code;
    this.activeHex = code;
    const shown = this.rowsFor?.rows.find((row) => row.council.code === code);
    if (shown && this.view.view && !this.view.view.filterRows([shown], this.filterText, this.show).length) {
      this.filterText = '';
      this.show = 'all';
      this.url.record();
    }
    this.announcement = this.t('coverageShownInTable', { council: shown?.council.shortName ?? code });
    void this.updateComplete.then(() => {
      const cell = this.renderRoot.querySelector<HTMLElement>(`#row-${code} th`);
      cell?.scrollIntoView?.({ block: 'center' });
      cell?.focus({ preventScroll: true });
    });
  }

  private readonly onMapKey = (event: KeyboardEvent) => {
    const view = this.view.view;
    if (!view) return;
    const hexes = view.HEX_MAP.hexes;
    const current = hexes.find((hex) => hex.code === this.activeHex) ?? hexes[0]!;
    const direction = ARROWS[event.key];
    const next = direction
      ? view.neighbourOf(hexes, current, direction)
      : event.key === 'Home'
        ? hexes[0]
        : event.key === 'End'
          ? hexes[hexes.length - 1]
          : undefined;
    if (!direction && event.key !== 'Home' && event.key !== 'End') return;
    event.preventDefault();
    if (!next) return;
    this.activeHex = next.code;
    void this.updateComplete.then(() => this.renderRoot.querySelector<SVGAElement>(`a[data-code="${next.code}"]`)?.focus());
  };

  protected override render() {
    return html`<section part="card" class="card" aria-labelledby="heading">
      ${this.heading(0, this.t('coverageHeading'), 'heading', 'heading-l', 'heading')}
      <p>${this.t('coverageIntro')}</p>
      <p class="visually-hidden" role="status" part="announcement">${this.announcement}</p>
      ${this.renderData()}
    </section>`;
  }

  private renderData(): TemplateResult {
    const task = this.dataTask;
    const view = this.view.view;
    if (task.status === TaskStatus.ERROR || this.view.error) {
      const retry = () => {
        this.attempt++;
        this.requestUpdate();
      };
      const error = this.view.error ?? toLoadError(task.error);
      const explain =
        error.kind === 'no-source' ? { 'no-source': this.t('coverageNoSource') } : error.kind === 'invalid' ? { invalid: this.t('coverageReportInvalid') } : {};
      return html`${renderLoadError(error, this.localizer, retry, explain)}<slot></slot>`;
    }
    const report = task.value;
    if (task.status !== TaskStatus.COMPLETE || !report || !view) return html`<p role="status" aria-busy="true">${this.t('coverageLoading')}</p>`;
    if (this.rowsFor?.report !== report) this.rowsFor = { report, rows: view.coverageRows(view.COUNCILS, report) };
    const rows = this.rowsFor.rows;
    const hexes = view.HEX_MAP.hexes;
    // The map's one tab stop starts at the north-west corner, where reading starts.
    const first = hexes.reduce((best, hex) => (hex.y < best.y || (hex.y === best.y && hex.x < best.x) ? hex : best), hexes[0]!);
    const measure = MEASURE_NAMES.includes(this.measure) ? this.measure : 'publishes';
    return view.renderCoverage(
      {
        localizer: this.localizer,
        heading: (offset, text, part, className, id) => this.heading(offset, text, part, className, id),
        rows,
        shown: view.sortRows(view.filterRows(rows, this.filterText, this.show), this.sort),
        layout: view.HEX_MAP,
        measure,
        sort: this.sort,
        filterText: this.filterText,
        show: this.show,
        activeHex: this.activeHex ?? first.code,
        selected: this.selected,
        recommended: view.SETTING_UP_HOME,
        staleAfterMonths: report.staleAfterMonths,
        isExample: !!report.isExample,
      },
      {
        chooseMeasure: (next) => {
          this.initialMeasure ??= this.measure;
          this.measure = next;
          this.url.record();
        },
        sortBy: (key: SortKey) => {
          this.sort = { key, descending: this.sort.key === key ? !this.sort.descending : false };
          this.url.record();
        },
        filter: (text) => {
          this.filterText = text;
          this.url.record('replace');
        },
        choose: (show) => {
          this.show = show;
          this.url.record();
        },
        openRow: (code) => this.openRow(code),
        mapKey: this.onMapKey,
        skipMap: () => this.renderRoot.querySelector<HTMLElement>('#coverage-table caption')?.focus(),
      },
    );
  }
}
