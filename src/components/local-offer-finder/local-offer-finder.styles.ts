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
      /* GOV.UK's notification banner: what was found, where the young person is looking. */
      .banner {
        border: 5px solid var(--_card-accent);
        padding: 0.5em 1em;
        margin: 0 0 1em;
      }
      .banner p {
        margin: 0.25em 0;
      }
      .banner-text {
        font-weight: 700;
        font-size: 1.1875em;
      }
      .answers {
        margin-bottom: 1em;
      }
      .answers p {
        margin: 0.25em 0;
      }
      .filters-disclosure {
        margin: 0 0 1em;
      }
      .filters-disclosure[open] {
        background: var(--_surface);
        padding: 0.5em 1em;
      }
      /* Focus is moved to the list by "See them": the list is no control, so it shows no ring; the answers,
         focused when the questions fold, do show one, as GOV.UK's banners do. */
      .results-list:focus {
        outline: none;
      }
      .answers:focus {
        outline: 3px solid var(--_focus);
        outline-offset: 2px;
      }
      @media (forced-colors: active) {
        .card {
          border-color: CanvasText;
        }
        .banner {
          border-color: CanvasText;
        }
      }
    }
  `,
];
