import { css } from 'lit';
import { formStyles } from '../../styles/form-styles.js';
import { itemStyles } from '../../styles/item-styles.js';
import { sharedStyles } from '../../styles/shared-styles.js';

export const localOfferFinderStyles = [
  ...sharedStyles,
  formStyles,
  itemStyles,
  css`
    @layer local-offer.component {
      :host {
        --_card-accent: var(--local-offer-finder-accent, var(--_accent));
      }
      form {
        background: var(--_surface);
        padding: 0.75em 1em;
        margin-bottom: 1em;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
        align-items: flex-end;
      }
      input[name='postcode'] {
        width: 8em;
        text-transform: uppercase;
      }
      #age {
        width: 5em;
      }
      .message {
        margin: 0.5em 0;
      }
      .filters {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25em 1em;
      }
      .filters .choice {
        margin: 0;
      }
      .count {
        font-weight: 700;
        font-size: 1.125em;
      }
      .tag {
        display: inline-block;
        font-size: 0.875em;
        font-weight: 700;
        padding: 0.1em 0.4em;
        margin-bottom: 0.25em;
        background: var(--_warning-background);
        color: var(--_warning);
      }
      @media (forced-colors: active) {
        .card {
          border-color: CanvasText;
        }
        .tag {
          border: 1px solid CanvasText;
        }
      }
    }
  `,
];
