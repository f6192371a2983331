import { css } from 'lit';
import { formStyles } from '../../styles/form-styles.js';
import { itemStyles } from '../../styles/item-styles.js';
import { sharedStyles } from '../../styles/shared-styles.js';

export const localOfferChecklistStyles = [
  ...sharedStyles,
  formStyles,
  itemStyles,
  css`
    @layer local-offer.component {
      :host {
        --_card-accent: var(--local-offer-checklist-accent, var(--_accent));
      }
      .profile {
        background: var(--_surface);
        padding: 0.75em 1em;
        margin-bottom: 1em;
      }
      #age {
        width: 5em;
      }
      .progress {
        font-weight: 700;
        font-size: 1.125em;
      }
      .item-title {
        margin-bottom: 0.25em;
      }
      .item--ticked .item-title::after {
        content: ' ✓';
        color: var(--_success);
      }
      .may-apply {
        border-top: 3px solid var(--_border);
        padding-top: 1em;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75em;
        margin: 1em 0;
      }
      .print-tick {
        display: none;
      }
      @media (forced-colors: active) {
        .card,
        .may-apply {
          border-color: CanvasText;
        }
      }
      @media print {
        .card {
          border: 0;
          padding: 0;
        }
        .profile,
        .actions,
        .no-print,
        .choice input {
          display: none;
        }
        .print-tick {
          display: inline;
          font-family: ui-monospace, monospace;
        }
        .item {
          break-inside: avoid;
        }
        details > summary {
          display: none;
        }
      }
    }
  `,
];
