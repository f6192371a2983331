/**
 * Draws the coverage: a hex map of England's district-level councils (plain SVG; each hexagon a link to the
 * council's row, one tab stop, arrow keys between hexagons), its key and a text summary, then the same data
 * as a table that sorts and filters. Loaded with the data, with the map's hexagons.
 */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { NationalEntitlement } from '../../entitlements/national-catalogue.js';
import { formatDate, formatPence } from '../../i18n/format.js';
import type { Localizer } from '../../i18n/localize.js';
import type { CoverageKey } from '../../i18n/strings/coverage.js';
import { councilByCode } from '../../places/council-registry.js';
import { safeHref } from '../../schema/url.js';
import { CATEGORY_STYLES, type Pattern } from './coverage-key.js';
import { CATEGORIES, categoryOf, SHOW_OPTIONS, type CoverageRow, type Measure, type Show, type Sort, type SortKey, MEASURES } from './coverage-measures.js';
import type { Hex, HexLayout } from './hex-layout.js';

type Words = Localizer<CoverageKey>;

export interface CoverageViewModel {
  readonly localizer: Words;
  readonly heading: (offset: number, text: string, part: string, className: string, id?: string) => TemplateResult;
  /** Every council, in the registry's order. */
  readonly rows: readonly CoverageRow[];
  /** The rows the table shows, sorted and filtered. */
  readonly shown: readonly CoverageRow[];
  readonly layout: HexLayout;
  readonly measure: Measure;
  readonly sort: Sort;
  readonly filterText: string;
  readonly show: Show;
  /** The hexagon that takes the map's one tab stop. */
  readonly activeHex: string;
  /** The council whose row was opened from the map. */
  readonly selected: string | undefined;
  readonly recommended: NationalEntitlement;
  readonly staleAfterMonths: number;
  readonly isExample: boolean;
}

export interface CoverageViewActions {
  chooseMeasure(measure: Measure): void;
  sortBy(key: SortKey): void;
  filter(text: string): void;
  choose(show: Show): void;
  openRow(code: string): void;
  mapKey(event: KeyboardEvent): void;
  /** Moves focus past the map, to the table. */
  skipMap(): void;
}

const MEASURE_KEYS: Record<Measure, CoverageKey> = {
  publishes: 'coverageMeasurePublishes',
  reviewed: 'coverageMeasureReviewed',
  'setting-up-home': 'coverageMeasureSettingUpHome',
  'council-tax': 'coverageMeasureCouncilTax',
};

const SHOW_KEYS: Record<Show, CoverageKey> = {
  all: 'coverageShowAll',
  own: 'coverageShowPublishes',
  joint: 'coverageShowJoint',
  none: 'coverageShowNone',
  stale: 'coverageShowStale',
};

const COLUMNS: readonly [SortKey, CoverageKey][] = [
  ['name', 'coverageColCouncil'],
  ['kind', 'coverageColKind'],
  ['offer', 'coverageColOffer'],
  ['reviewed', 'coverageColReviewed'],
  ['setting-up-home', 'coverageColSettingUpHome'],
  ['council-tax', 'coverageColCouncilTax'],
];

const KIND_KEYS: Record<string, CoverageKey> = {
  county: 'coverageKindCounty',
  district: 'coverageKindDistrict',
  unitary: 'coverageKindUnitary',
  metropolitan: 'coverageKindMetropolitan',
  'london-borough': 'coverageKindLondon',
};

const nameOf = (code: string | undefined) => (code ? (councilByCode(code)?.shortName ?? code) : '');

/** A pattern tile: the category's colour and, over it, lines or dots; forced colours redraw it in system colours. */
function patternDef(id: string, colour: string, pattern: Pattern): SVGTemplateResult {
  const marks =
    pattern === 'diagonal'
      ? svg`<path class="mark" d="M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2" stroke-width="1.5" />`
      : pattern === 'dots'
        ? svg`<circle class="mark mark--dot" cx="3" cy="3" r="1.3" />`
        : pattern === 'lines'
          ? svg`<path class="mark" d="M0,3 h6" stroke-width="1.5" />`
          : nothing;
  return svg`<pattern id=${id} width="6" height="6" patternUnits="userSpaceOnUse">
    <rect class="tile tile--${pattern}" width="6" height="6" fill=${colour} />${marks}
  </pattern>`;
}

function offerWords(row: CoverageRow, words: Words): string {
  const entry = row.entry;
  const status =
    row.status === 'own'
      ? words.t('coverageOwnOffer')
      : row.status === 'joint'
        ? words.t('coverageJointOffer', { council: nameOf(row.via) })
        : row.status === 'county'
          ? words.t('coverageCountyOffer', { council: nameOf(row.via) })
          : words.t('coverageNoOffer');
  const problem = entry?.loadError ? words.t('coverageUnreachable') : entry?.valid === false ? words.t('coverageInvalid') : undefined;
  return problem ? `${status}. ${problem}` : status;
}

function reviewedWords(row: CoverageRow, model: CoverageViewModel): string {
  const words = model.localizer;
  const entry = row.entry ?? row.countyEntry;
  if (!entry?.lastReviewed) return words.t('coverageNotKnown');
  const date = formatDate(entry.lastReviewed, words.locale);
  return entry.stale ? words.t('coverageReviewedStale', { date, months: model.staleAfterMonths }) : words.t('coverageReviewedOn', { date });
}

function settingUpHomeWords(row: CoverageRow, model: CoverageViewModel): string {
  const words = model.localizer;
  const entry = row.entry ?? row.countyEntry;
  if (!entry || entry.valid === undefined) return words.t('coverageNotKnown');
  if (!entry.settingUpHome) return words.t('coverageNotInOffer');
  const pence = entry.settingUpHome.pence;
  if (pence === undefined) return words.t('coverageNotStated');
  const amount = formatPence(pence, words.locale);
  const recommendedPence = model.recommended.amountPence ?? 0;
  const recommended = formatPence(recommendedPence, words.locale);
  const said = words.t(entry.settingUpHome.upTo ? 'coverageAmountUpTo' : 'coverageAmount', { amount });
  const beside =
    pence > recommendedPence
      ? words.t('coverageAboveRecommended', { recommended })
      : pence < recommendedPence
        ? words.t('coverageBelowRecommended', { recommended })
        : words.t('coverageSameRecommended');
  return `${said}, ${beside}`;
}

function councilTaxWords(row: CoverageRow, words: Words): string {
  const entry = row.entry;
  if (!entry || entry.valid === undefined) return words.t('coverageNotKnown');
  if (!entry.councilTax) return words.t('coverageNotInOffer');
  return words.t(entry.councilTax.inPart ? 'coverageCouncilTaxToInPart' : 'coverageCouncilTaxTo', { age: entry.councilTax.untilAge });
}

function measureWords(row: CoverageRow, model: CoverageViewModel): string {
  switch (model.measure) {
    case 'publishes':
      return offerWords(row, model.localizer);
    case 'reviewed':
      return reviewedWords(row, model);
    case 'setting-up-home':
      return settingUpHomeWords(row, model);
    case 'council-tax':
      return councilTaxWords(row, model.localizer);
  }
}

function renderMap(model: CoverageViewModel, actions: CoverageViewActions, byCode: ReadonlyMap<string, CoverageRow>): TemplateResult {
  const words = model.localizer;
  const recommendedPence = model.recommended.amountPence ?? 0;
  const categories = CATEGORIES[model.measure] as readonly string[];
  const counts = new Map<string, number>(categories.map((category) => [category, 0]));
  const hexCategory = new Map<string, string>();
  for (const hex of model.layout.hexes) {
    const row = byCode.get(hex.code);
    if (!row) continue;
    const category = categoryOf(row, model.measure, recommendedPence);
    hexCategory.set(hex.code, category);
    counts.set(category, (counts.get(category) ?? 0) + 1);
  }
  const keyText = (category: string) => words.t(CATEGORY_STYLES[category as keyof typeof CATEGORY_STYLES].key, { months: model.staleAfterMonths });
  const summary = categories.map((category) => words.t('coverageKeyCount', { key: keyText(category), count: counts.get(category) ?? 0 })).join('; ');
  const measureName = words.t(MEASURE_KEYS[model.measure]).toLowerCase();
  // Counties are drawn as the group of their districts.
  const groups = new Map<string, Hex[]>();
  for (const hex of model.layout.hexes) {
    const county = byCode.get(hex.code)?.council.countyCode ?? '';
    groups.set(county, [...(groups.get(county) ?? []), hex]);
  }
  const click = (event: Event) => {
    const link = (event.target as Element).closest('a[data-code]');
    if (!link) return;
    event.preventDefault();
    actions.openRow(link.getAttribute('data-code')!);
  };
  return html`<figure class="map" part="map">
    <figcaption id="map-caption" part="map-caption">
      <p>${words.t('coverageMapCaption', { count: model.layout.hexes.length, measure: measureName })}</p>
      <p part="map-summary">${words.t('coverageMapSummary', { summary })}</p>
    </figcaption>
    <p class="secondary" id="map-help">${words.t('coverageMapHelp')}</p>
    <a class="skip" href="#coverage-table" part="skip-link" @click=${(event: Event) => {
      event.preventDefault();
      actions.skipMap();
    }}>${words.t('coverageSkipMap')}</a>
    <svg viewBox="0 0 ${model.layout.width} ${model.layout.height}" role="group" aria-labelledby="map-caption" aria-describedby="map-help"
      part="map-svg" @click=${click} @keydown=${actions.mapKey}>
      <defs>${categories.map((category) => patternDef(`pattern-${category}`, CATEGORY_STYLES[category as keyof typeof CATEGORY_STYLES].colour, CATEGORY_STYLES[category as keyof typeof CATEGORY_STYLES].pattern))}</defs>
      ${[...groups].map(
        ([county, hexes]) =>
          svg`<g class=${county ? 'county' : 'single'} data-county=${county || nothing}>${hexes.map((hex) => {
            const row = byCode.get(hex.code);
            const category = hexCategory.get(hex.code) ?? 'unknown';
            const label = `${row?.council.shortName ?? hex.code}: ${row ? measureWords(row, model) : ''}`;
            return svg`<a href="#row-${hex.code}" data-code=${hex.code} part="hex" aria-label=${label} tabindex=${hex.code === model.activeHex ? 0 : -1}
            class=${hex.code === model.selected ? 'selected' : ''}><polygon points=${hex.points} fill="url(#pattern-${category})" data-category=${category} /></a>`;
          })}</g>`,
      )}
    </svg>
    <div class="legend" part="legend">
      <p class="heading-s">${words.t('coverageLegend')}</p>
      <ul>
        ${categories.map((category) => {
          const style = CATEGORY_STYLES[category as keyof typeof CATEGORY_STYLES];
          return html`<li part="legend-item" data-category=${category}>
            <svg class="swatch" viewBox="0 0 24 24" aria-hidden="true"><defs>${patternDef(`key-${category}`, style.colour, style.pattern)}</defs><rect width="24" height="24" fill="url(#key-${category})" /></svg>
            <span>${words.t('coverageKeyCount', { key: keyText(category), count: counts.get(category) ?? 0 })}</span>
          </li>`;
        })}
      </ul>
    </div>
  </figure>`;
}

function renderTable(model: CoverageViewModel, actions: CoverageViewActions): TemplateResult {
  const words = model.localizer;
  // Each cell is labelled with its column, shown (by CSS) only when the rows are cards, on a phone: an
  // attribute, not an element, as 317 rows of five labels are 1,585 elements the wide table never shows.
  const labels = COLUMNS.slice(1).map(([, label]) => `${words.t(label)}: `);
  const sortState = (key: SortKey) => (model.sort.key === key ? (model.sort.descending ? 'descending' : 'ascending') : 'none');
  return html`
    <div class="table-controls" part="table-controls">
      <div class="field">
        <label for="coverage-filter">${words.t('coverageFilterLabel')}</label>
        <input id="coverage-filter" type="search" part="filter-input" .value=${model.filterText} @input=${(event: Event) => actions.filter((event.target as HTMLInputElement).value)} />
      </div>
      <div class="field">
        <label for="coverage-show">${words.t('coverageShowLabel')}</label>
        <select id="coverage-show" part="show-select" @change=${(event: Event) => actions.choose((event.target as HTMLSelectElement).value as Show)}>
          ${SHOW_OPTIONS.map((option) => html`<option value=${option} ?selected=${option === model.show}>${words.t(SHOW_KEYS[option])}</option>`)}
        </select>
      </div>
    </div>
    <p role="status" part="row-count">${model.shown.length ? words.t('coverageRowCount', { count: model.shown.length, total: model.rows.length }) : words.t('coverageNoRows')}</p>
    <div class="table-wrap" part="table-wrap">
      <table id="coverage-table" part="table">
        <caption tabindex="-1">${words.t('coverageTableCaption')}</caption>
        <thead>
          <tr>
            ${COLUMNS.map(
              ([key, label]) => html`<th scope="col" aria-sort=${sortState(key)}>
                <button type="button" class="sort" part="sort-button" data-sort=${key} @click=${() => actions.sortBy(key)}>${words.t(label)}</button>
              </th>`,
            )}
          </tr>
        </thead>
        <tbody>
          ${model.shown.map(
            (
              row,
            ) => html`<tr id="row-${row.council.code}" part="row" class=${row.council.code === model.selected ? 'selected' : ''} data-code=${row.council.code}>
              <th scope="row" tabindex="-1">${row.council.name}</th>
              <td data-label=${labels[0]!}>${words.t(KIND_KEYS[row.council.tier]!)}</td>
              <td data-label=${labels[1]!}>${offerWords(row, words)}</td>
              <td data-label=${labels[2]!}>${reviewedWords(row, model)}</td>
              <td data-label=${labels[3]!}>${settingUpHomeWords(row, model)}</td>
              <td data-label=${labels[4]!}>${councilTaxWords(row, words)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
  `;
}

export function renderCoverage(model: CoverageViewModel, actions: CoverageViewActions): TemplateResult {
  const words = model.localizer;
  const byCode = new Map(model.rows.map((row) => [row.council.code, row]));
  const source = safeHref(model.recommended.source.url);
  return html`
    ${model.isExample ? html`<div class="notice notice--warning" part="example-notice"><p>${words.t('coverageExample')}</p></div>` : nothing}
    <fieldset class="measures" part="measures">
      <legend>${words.t('coverageMeasureLabel')}</legend>
      ${MEASURES.map(
        (measure) => html`<div class="choice">
          <input type="radio" id="measure-${measure}" name="measure" value=${measure} .checked=${measure === model.measure} @change=${() => actions.chooseMeasure(measure)} />
          <label for="measure-${measure}">${words.t(MEASURE_KEYS[measure])}</label>
        </div>`,
      )}
    </fieldset>
    ${renderMap(model, actions, byCode)}
    <p class="secondary" part="source-note">
      ${words.t('coverageSourceNote', { amount: formatPence(model.recommended.amountPence ?? 0, words.locale) })}
      ${source ? html`<a href=${source}>${model.recommended.source.title}</a>` : nothing}
    </p>
    ${renderTable(model, actions)}
  `;
}
