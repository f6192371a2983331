import { css } from 'lit';
import { sharedStyles } from '../../styles/shared-styles.js';

export const localOfferFinderStyles = [
  ...sharedStyles,
  css`
    @layer local-offer.component {
      .card { border: 1px solid var(--_border); border-top: 5px solid var(--local-offer-finder-accent, var(--_accent)); background: var(--_background); padding: var(--_space); }
      form { background: var(--_surface); padding: 0.75em 1em; margin-bottom: 1em; }
      fieldset { border: 0; padding: 0; margin: 0 0 1em; min-width: 0; }
      legend { font-weight: 700; padding: 0; margin-bottom: 0.25em; }
      .field { margin-bottom: 1em; }
      .field > label { display: block; font-weight: 700; }
      .hint { color: var(--_secondary-text); display: block; margin-bottom: 0.25em; }
      .error-message { color: var(--_error-text); font-weight: 700; display: block; }
      .row { display: flex; flex-wrap: wrap; gap: 0.5em; align-items: flex-end; }
      input[type='text'], input[type='search'], select {
        font: inherit; color: var(--_text); background: var(--_background);
        border: 2px solid var(--_text); border-radius: 0; padding: 0.25em 0.4em; min-height: 44px; max-width: 100%;
      }
      input[name='postcode'] { width: 8em; text-transform: uppercase; }
      #age { width: 5em; }
      /* A percentage width lets a select shrink with the page. Sized by its longest option instead, it sets the
         element's narrowest width, and a page that puts the element in a grid or flex item then scrolls
         sideways at 320px. */
      select { width: 100%; max-width: 24em; }
      input[type='search'] { width: 100%; max-width: 24em; }
      input:focus-visible, select:focus-visible { outline: 3px solid var(--_focus); outline-offset: 0; box-shadow: inset 0 0 0 2px var(--_text); }
      input[aria-invalid='true'] { border-color: var(--_error); }
      .message { margin: 0.5em 0; }
      .filters { display: flex; flex-wrap: wrap; gap: 0.25em 1em; }
      .choice { display: flex; align-items: center; gap: 0.5em; min-height: 44px; }
      .choice input { width: 1.5em; height: 1.5em; margin: 0; accent-color: var(--_text); }
      .choice input:focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; box-shadow: 0 0 0 5px var(--_text); }
      .count { font-weight: 700; font-size: 1.125em; }
      .area { margin-bottom: 1.5em; }
      .items { list-style: none; padding: 0; margin: 0; }
      .item { border-top: 1px solid var(--_border); padding: 0.75em 0; }
      .tag { display: inline-block; font-size: 0.875em; font-weight: 700; padding: 0.1em 0.4em; margin-bottom: 0.25em; background: var(--_warning-background); color: var(--_warning); }
      dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.25em 1em; margin-bottom: 0.5em; }
      dl.facts dt { font-weight: 700; }
      dl.facts dd { margin: 0; }
      dl.facts ul { margin: 0; padding-left: 1.25em; }
      details ul { padding-left: 1.25em; }
      @media (max-width: 400px) {
        dl.facts { grid-template-columns: 1fr; }
      }
      @media (forced-colors: active) {
        .card { border-color: CanvasText; }
        .tag { border: 1px solid CanvasText; }
        .choice input:focus-visible, input:focus-visible, select:focus-visible { outline-color: Highlight; }
      }
    }
  `,
];
