import { css } from 'lit';
import { sharedStyles } from '../../styles/shared-styles.js';
import { tableStyles } from '../../styles/table-styles.js';

export const localOfferCompareStyles = [
  ...sharedStyles,
  tableStyles,
  css`
    @layer local-offer.component {
      :host {
        --_card-accent: var(--local-offer-compare-accent, var(--_accent));
        /* The table or the cards, by the room the element has, not the window's: it may sit in a column. */
        container-type: inline-size;
      }
      .controls {
        background: var(--_surface);
        padding: 0.75em 1em;
        margin-bottom: 1em;
      }
      .chosen {
        list-style: none;
        padding: 0;
      }
      .chosen li {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: 0.5em;
        padding: 0.25em 0;
        border-bottom: 1px solid var(--_border);
      }
      .print {
        margin-top: 0.75em;
      }
      thead th {
        border-bottom-width: 2px;
      }
      .area-heading {
        font-size: 1.1875em;
        padding-top: 1em;
      }
      .offer-notes {
        padding-inline-start: 1.25em;
      }
      .council-name {
        font-weight: 700;
      }
      .offer-notes .stale {
        font-weight: 700;
      }
      .entries {
        list-style: none;
        padding: 0;
        margin: 0;
      }
      .entries li + li {
        margin-top: 0.5em;
      }
      .entries span,
      .basis,
      td > .value {
        display: block;
      }
      .item-title {
        font-weight: 700;
      }
      /* The words say above or below; the bar beside them only repeats it. */
      .standing {
        border-inline-start: 4px solid var(--_border);
        padding-inline-start: 0.5em;
        margin-top: 0.25em;
      }
      .standing--above { border-inline-start-color: var(--_success); }
      .standing--below { border-inline-start-color: var(--_error); font-weight: 700; }
      .compare-cards {
        display: none;
      }
      .compare-card {
        border: 1px solid var(--_border);
        border-inline-start: 5px solid var(--_card-accent);
        padding: 0.75em;
        margin-bottom: 0.75em;
      }
      .compare-card dl {
        margin: 0;
      }
      .pair {
        padding: 0.25em 0;
      }
      .pair + .pair {
        border-top: 1px solid var(--_border);
      }
      dt {
        font-weight: 700;
      }
      dd {
        margin: 0;
      }
      .pair--national {
        background: var(--_surface);
        padding: 0.25em 0.5em;
      }
      @container (max-width: 40em) {
        .compare-table {
          display: none;
        }
        .compare-cards {
          display: block;
        }
      }
      @media print {
        .controls {
          display: none;
        }
        .compare-table {
          display: table;
        }
        .compare-cards {
          display: none;
        }
        .card {
          border: 0;
        }
      }
      @media (forced-colors: active) {
        .card,
        .compare-card,
        .standing {
          border-color: CanvasText;
        }
      }
    }
  `,
];
