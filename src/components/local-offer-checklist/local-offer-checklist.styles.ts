import { css } from 'lit';
import { sharedStyles } from '../../styles/shared-styles.js';

export const localOfferChecklistStyles = [
  ...sharedStyles,
  css`
    @layer local-offer.component {
      .card { border: 1px solid var(--_border); border-top: 5px solid var(--local-offer-checklist-accent, var(--_accent)); background: var(--_background); padding: var(--_space); }
      fieldset { border: 0; padding: 0; margin: 0 0 1em; min-width: 0; }
      legend { font-weight: 700; padding: 0; margin-bottom: 0.25em; }
      .profile { background: var(--_surface); padding: 0.75em 1em; margin-bottom: 1em; }
      .field { margin-bottom: 1em; }
      .field > label, .field-label { display: block; font-weight: 700; }
      .hint { color: var(--_secondary-text); display: block; margin-bottom: 0.25em; }
      .error-message { color: var(--_error-text); font-weight: 700; display: block; }
      #age, select {
        font: inherit; color: var(--_text); background: var(--_background);
        border: 2px solid var(--_text); border-radius: 0; padding: 0.25em 0.4em; min-height: 44px; max-width: 100%;
      }
      #age { width: 5em; }
      /* A percentage width lets a select shrink with the page. Sized by its longest option instead, it sets the
         element's narrowest width, and a page that puts the element in a grid or flex item then scrolls
         sideways at 320px. */
      select { width: 100%; max-width: 24em; }
      input[aria-invalid='true'] { border-color: var(--_error); }
      input:focus-visible, select:focus-visible { outline: 3px solid var(--_focus); outline-offset: 0; box-shadow: inset 0 0 0 2px var(--_text); }
      .choice { display: flex; align-items: flex-start; gap: 0.5em; margin: 0.25em 0; min-height: 44px; }
      .choice input { width: 1.5em; height: 1.5em; margin: 0.125em 0 0; flex: none; accent-color: var(--_text); }
      .choice input:focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; box-shadow: 0 0 0 5px var(--_text); }
      .choice label { padding-top: 0.1em; }
      .progress { font-weight: 700; font-size: 1.125em; }
      .area { margin-bottom: 1.5em; }
      .items { list-style: none; padding: 0; margin: 0; }
      .item { border-top: 1px solid var(--_border); padding: 0.75em 0; }
      .item-title { margin-bottom: 0.25em; }
      .item--ticked .item-title::after { content: ' ✓'; color: var(--_success); }
      dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.25em 1em; margin-bottom: 0.5em; }
      dl.facts dt { font-weight: 700; }
      dl.facts dd { margin: 0; }
      details ul { padding-left: 1.25em; }
      .may-apply { border-top: 3px solid var(--_border); padding-top: 1em; }
      .actions { display: flex; flex-wrap: wrap; gap: 0.75em; margin: 1em 0; }
      button.secondary { background: var(--_surface); color: var(--_text); box-shadow: 0 2px 0 #929191; }
      button.warning { background: var(--_error); box-shadow: 0 2px 0 #55150b; }
      .print-tick { display: none; }
      @media (max-width: 400px) {
        dl.facts { grid-template-columns: 1fr; }
      }
      @media (forced-colors: active) {
        .card, .may-apply { border-color: CanvasText; }
        .choice input:focus-visible, input:focus-visible, select:focus-visible { outline-color: Highlight; }
      }
      @media print {
        .card { border: 0; padding: 0; }
        .profile, .actions, .no-print, .choice input { display: none; }
        .print-tick { display: inline; font-family: ui-monospace, monospace; }
        .item { break-inside: avoid; }
        details > summary { display: none; }
      }
    }
  `,
];
