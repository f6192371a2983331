import { css } from 'lit';
import { formStyles } from '../../styles/form-styles.js';
import { sharedStyles } from '../../styles/shared-styles.js';
import { tableStyles } from '../../styles/table-styles.js';

export const localOfferCoverageStyles = [
  ...sharedStyles,
  tableStyles,
  formStyles,
  css`
    @layer local-offer.component {
      :host {
        --_card-accent: var(--local-offer-coverage-accent, var(--_accent));
        container-type: inline-size;
      }
      .measures {
        border: 0;
        padding: 0;
        margin: 0 0 1em;
      }
      .measures .choice {
        display: inline-flex;
        margin-inline-end: 1em;
      }
      .map {
        margin: 0 0 1em;
      }
      .map svg[part='map-svg'] {
        display: block;
        width: 100%;
        max-width: 36em;
        height: auto;
        /* The map draws its own forced-colours look (below): patterns in system colours, not flat fills. */
        forced-color-adjust: none;
      }
      .map a:focus {
        outline: none;
      }
      polygon {
        stroke: #ffffff;
        stroke-width: 0.8;
      }
      .county polygon {
        stroke: #505a5f;
      }
      .mark {
        stroke: #ffffff;
        fill: none;
      }
      .mark--dot {
        fill: #ffffff;
        stroke: none;
      }
      /* Outlined, so a council with nothing to show is still seen on the map (3:1 against white). */
      .tile--empty {
        fill: #f3f2f1;
        stroke: #505a5f;
      }
      a.selected polygon {
        stroke: #0b0c0c;
        stroke-width: 2.5;
      }
      a:focus polygon {
        stroke: var(--_focus-text);
        stroke-width: 3;
        paint-order: stroke;
      }
      @media (prefers-reduced-motion: no-preference) {
        polygon {
          transition: stroke-width 0.1s;
        }
      }
      .skip {
        display: inline-block;
        margin-bottom: 0.5em;
      }
      .legend ul {
        list-style: none;
        padding: 0;
        display: flex;
        flex-wrap: wrap;
        gap: 0.25em 1.25em;
      }
      .legend li {
        display: flex;
        align-items: center;
        gap: 0.5em;
      }
      .swatch {
        width: 1.5em;
        height: 1.5em;
        flex: none;
        border: 1px solid var(--_border);
        forced-color-adjust: none;
      }
      .table-controls {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em 1.5em;
        background: var(--_surface);
        padding: 0.75em 1em;
        margin-bottom: 0.5em;
      }
      .field label {
        display: block;
        font-weight: 700;
      }
      .table-wrap {
        overflow-x: auto;
      }
      /* Fixed: 317 rows laid out from the first one, not measured cell by cell. */
      table {
        table-layout: fixed;
      }
      th,
      td {
        padding-block: 0.4em;
      }
      /* The sort buttons look like headings; aria-sort on the heading says the order. */
      button.sort {
        background: none;
        color: var(--_link);
        box-shadow: none;
        padding: 0.25em 0;
        min-height: 44px;
        text-align: start;
        text-decoration: underline;
      }
      th[aria-sort='ascending'] button.sort::after {
        content: ' ▲';
        content: ' ▲' / '';
      }
      th[aria-sort='descending'] button.sort::after {
        content: ' ▼';
        content: ' ▼' / '';
      }
      tr.selected > * {
        background: var(--_warning-background);
      }
      th[scope='row']:focus {
        outline: 3px solid var(--_focus);
      }
      /* On a phone each row is a card, each cell labelled with its column. */
      @container (max-width: 40em) {
        thead tr {
          display: flex;
          flex-wrap: wrap;
          gap: 0 1em;
        }
        thead th {
          border: 0;
        }
        tbody tr {
          display: block;
          border: 1px solid var(--_border);
          border-inline-start: 5px solid var(--_card-accent);
          padding: 0.5em 0.75em;
          margin-bottom: 0.75em;
        }
        tbody th,
        tbody td {
          display: block;
          border: 0;
          padding: 0.1em 0;
        }
        td::before {
          content: attr(data-label);
          font-weight: 700;
        }
      }
      @media print {
        .measures,
        .table-controls,
        .skip,
        button.sort {
          box-shadow: none;
        }
        .measures,
        .table-controls,
        .skip {
          display: none;
        }
      }
      @media (forced-colors: active) {
        .card {
          border-color: CanvasText;
        }
        .tile {
          fill: Canvas;
        }
        .tile--solid {
          fill: CanvasText;
        }
        .mark {
          stroke: CanvasText;
        }
        .mark--dot {
          fill: CanvasText;
        }
        polygon,
        .county polygon {
          stroke: CanvasText;
        }
        a:focus polygon,
        a.selected polygon {
          stroke: Highlight;
        }
        tr.selected > * {
          background: Highlight;
          color: HighlightText;
        }
      }
    }
  `,
];
