/**
 * Draws a comparison twice from the same rows: a table with a caption and header cells for wide screens,
 * and one card per row, with each council inside it, for a phone. Container queries show one of the two, so
 * the switch costs no script, and a screen reader meets only the one shown. Loaded with the offers.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { NationalEntitlement } from '../../entitlements/national-catalogue.js';
import { formatDate, formatPence } from '../../i18n/format.js';
import type { Localizer } from '../../i18n/localize.js';
import type { CompareKey } from '../../i18n/strings/compare.js';
import type { OfferItemKey } from '../../i18n/strings/offer-items.js';
import type { TrustKey } from '../../i18n/strings/trust.js';
import { AREA_KEYS, type AreaKey } from '../../i18n/strings/vocabulary.js';
import { describeValue } from '../../describe/value.js';
import { isStale } from '../../model/staleness.js';
import { councilByCode, countyOf } from '../../places/council-registry.js';
import { safeHref } from '../../schema/url.js';
import type { CompareCell, CompareEntry, CompareGroup, CompareRow } from './compare-rows.js';
import type { LoadedColumn } from './compare-loader.js';
import { councilName, joinNames } from './council-names.js';

type Words = Localizer<CompareKey | TrustKey>;
type ItemWords = Localizer<OfferItemKey | AreaKey>;

export interface CompareViewModel {
  readonly localizer: Words;
  /** The words for values and areas, loaded with this view: the element's first render needs none of them. */
  readonly itemWords: ItemWords;
  readonly heading: (offset: number, text: string, part: string, className: string) => TemplateResult;
  readonly columns: readonly LoadedColumn[];
  readonly groups: readonly CompareGroup[];
  readonly now: Date;
  readonly staleAfterMonths: number;
}

/** "£3,500, once", or its first lines: the same words the finder and checklist use for a value. */
function valueWords(entry: CompareEntry, words: ItemWords): string {
  return entry.item.value ? describeValue(entry.item.value, words).lines.join('; ') : '';
}

/** Above or below the national figure, in words, so colour is never the only sign. */
function standingWords(entry: CompareEntry, national: NationalEntitlement | undefined, words: Words): string | undefined {
  if (!entry.standing || !national) return undefined;
  const difference = formatPence(entry.differencePence ?? 0, words.locale);
  if (national.isMinimum) {
    if (entry.standing === 'same') return words.t('compareSame');
    if (entry.standing === 'below') return words.t('compareBelow', { difference });
    return words.t(entry.amount?.upTo ? 'compareAboveUpTo' : 'compareAbove', { difference });
  }
  if (entry.standing === 'same') return undefined;
  return words.t(entry.standing === 'above' ? 'compareMoreThanNational' : 'compareLessThanNational', { difference });
}

function renderEntry(entry: CompareEntry, row: CompareRow, words: Words, itemWords: ItemWords): TemplateResult {
  const value = valueWords(entry, itemWords);
  const yearly =
    entry.amount?.converted && entry.amount.per === 'year' && entry.amount.pence !== undefined
      ? words.t('compareYearly', { amount: formatPence(entry.amount.pence, words.locale) })
      : undefined;
  const standing = standingWords(entry, row.national, words);
  return html`<li>
    ${row.national ? nothing : html`<span class="item-title">${entry.item.title}</span>`}
    ${value ? html`<span class="value">${value}</span>` : row.national ? html`<span class="value">${words.t('compareInOffer')}</span>` : nothing}
    ${yearly ? html`<span class="secondary">(${yearly})</span>` : nothing}
    ${standing ? html`<span class="standing standing--${entry.standing}" part="standing">${standing}</span>` : nothing}
  </li>`;
}

function renderCell(cell: CompareCell, row: CompareRow, words: Words, itemWords: ItemWords): TemplateResult {
  switch (cell.kind) {
    case 'no-offer':
      return html`<span class="secondary">${words.t('compareNoOfferCell')}</span>`;
    case 'not-in-offer':
      // "Not in this offer" beside a right in law would read as "you do not get it".
      return html`<span class="secondary" part="not-in-offer"
        >${words.t(!row.national ? 'compareNothingElse' : row.national.basis === 'statute' ? 'compareNotInOfferRight' : 'compareNotInOffer')}</span
      >`;
    case 'in-offer':
      return html`<ul class="entries">${cell.entries.map((entry) => renderEntry(entry, row, words, itemWords))}</ul>
        ${cell.notStated ? html`<span class="secondary" part="not-stated">${words.t('compareNotStated')}</span>` : nothing}`;
  }
}

/** What the catalogue says, in its own figures and wording, with its source. */
function renderNational(national: NationalEntitlement | undefined, words: Words, itemWords: ItemWords): TemplateResult {
  if (!national) return html`<span class="secondary">—</span>`;
  const amount =
    national.amountPence !== undefined
      ? describeValue({ amountPence: national.amountPence, period: national.period, upTo: national.upTo }, itemWords).lines[0]
      : undefined;
  // A statute not yet in force is law already: said so, not as an announcement.
  const basis =
    national.basis === 'announced'
      ? words.t('compareAnnounced')
      : national.status.kind !== 'in-force'
        ? words.t('compareNotYetInForce')
        : national.basis === 'statute'
          ? words.t('compareRight')
          : national.basis === 'recommended'
            ? amount && national.isMinimum
              ? words.t('compareRecommended', { amount: formatPence(national.amountPence!, words.locale) })
              : words.t('compareRecommendedNoAmount')
            : words.t('compareScheme');
  const source = safeHref(national.source.url);
  return html`<span class="basis" part="national-basis">${basis}</span>
    ${amount && !(national.basis === 'recommended' && national.isMinimum) ? html`<span class="value">${amount}</span>` : nothing}
    ${source ? html`<a href=${source} title=${national.source.title}>${words.t('compareSource')}<span class="visually-hidden">: ${national.source.title}</span></a>` : nothing}`;
}

function rowTitle(row: CompareRow, words: Words): string {
  return row.national?.title ?? words.t('compareOtherHelp');
}

/**
 * For each council, above the comparison: whose offer it is, when it was reviewed, whether it is example
 * data, or why there is none. Said once here rather than in every column heading, which a screen reader
 * repeats with each cell.
 */
function renderOfferNote(column: LoadedColumn, model: CompareViewModel): TemplateResult {
  const words = model.localizer;
  const name = councilName(column.code);
  const offer = column.loaded?.offer;
  if (!offer) {
    const url = safeHref(councilByCode(column.code)?.govUkUrl);
    return html`<li part="offer-note ${column.error ? 'load-warning' : 'missing-offer'}">
      ${column.error ? words.t('compareFailed', { council: name }) : words.t('compareNoOffer', { council: name })}
      ${url && !column.error ? html`<a href=${url}>${words.t('compareNoOfferContact', { council: name })}</a>` : nothing}
    </li>`;
  }
  const date = formatDate(offer.lastReviewed, words.locale);
  const stale = isStale(offer.lastReviewed, model.now, model.staleAfterMonths);
  // A district's own offer gives the district's part (council tax, housing); the county runs leaving care.
  const county = !column.via && councilByCode(column.code)?.tier === 'district' ? countyOf(column.code) : undefined;
  const notes = [
    column.via ? words.t('compareCoveredBy', { offer: offer.publisher.name }) : undefined,
    county ? words.t('compareDistrict', { county: county.name }) : undefined,
    words.t(stale ? 'compareStale' : 'compareReviewed', { date }),
    offer.isExample ? words.t('compareExample') : undefined,
  ].filter(Boolean);
  return html`<li part="offer-note${stale ? ' stale-warning' : ''}" class=${stale ? 'stale' : ''}><span class="council-name">${name}</span>: ${notes.join('. ')}.</li>`;
}

export function renderComparison(model: CompareViewModel): TemplateResult {
  const words = model.localizer;
  const names = model.columns.map((column) => councilName(column.code));
  const caption = words.t('compareCaption', { councils: joinNames(names, words) });
  const width = model.columns.length + 2;
  return html`
    <ul class="offer-notes" part="offer-notes">
      ${model.columns.map((column) => renderOfferNote(column, model))}
    </ul>
    <table part="table" class="compare-table">
      <caption>${caption}</caption>
      <thead>
        <tr>
          <th scope="col">${words.t('compareWhatColumn')}</th>
          ${names.map((name) => html`<th scope="col" part="council-column">${name}</th>`)}
          <th scope="col" part="national-column">${words.t('compareNationalColumn')}</th>
        </tr>
      </thead>
      ${model.groups.map(
        (group) => html`<tbody part="area">
          <tr><th scope="rowgroup" colspan=${width} class="area-heading" part="area-heading">${model.itemWords.t(AREA_KEYS[group.area])}</th></tr>
          ${group.rows.map(
            (row) => html`<tr part="row" data-key=${row.key}>
              <th scope="row" part="row-heading">${rowTitle(row, words)}</th>
              ${row.cells.map((cell) => html`<td part="cell">${renderCell(cell, row, words, model.itemWords)}</td>`)}
              <td part="national-cell">${renderNational(row.national, words, model.itemWords)}</td>
            </tr>`,
          )}
        </tbody>`,
      )}
    </table>
    <div class="compare-cards" part="cards">
      ${model.groups.map(
        (group) => html`<section part="area" aria-label=${model.itemWords.t(AREA_KEYS[group.area])}>
          ${model.heading(1, model.itemWords.t(AREA_KEYS[group.area]), 'area-heading', 'heading-m')}
          ${group.rows.map(
            (row) => html`<div class="compare-card" part="compare-card" data-key=${row.key}>
              ${model.heading(2, rowTitle(row, words), 'row-heading', 'heading-s')}
              <dl>
                ${row.cells.map((cell, i) => html`<div class="pair"><dt>${names[i]}</dt><dd>${renderCell(cell, row, words, model.itemWords)}</dd></div>`)}
                ${row.national ? html`<div class="pair pair--national"><dt>${words.t('compareNationalColumn')}</dt><dd>${renderNational(row.national, words, model.itemWords)}</dd></div>` : nothing}
              </dl>
            </div>`,
          )}
        </section>`,
      )}
    </div>
  `;
}
