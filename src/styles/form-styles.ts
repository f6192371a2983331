import { css } from 'lit';

/**
 * GOV.UK-style form controls, shared by every element with a form (the finder, the checklist, the council
 * picker) so they look and behave the same: labels, hints, error messages, text inputs and selects that
 * shrink with the page, radios and checkboxes with a large target, and the yellow focus.
 */
export const formStyles = css`
  @layer local-offer.base {
    fieldset {
      border: 0;
      padding: 0;
      margin: 0 0 1em;
      min-width: 0;
    }
    legend {
      font-weight: 700;
      padding: 0;
      margin-bottom: 0.25em;
    }
    .field {
      margin-bottom: 1em;
    }
    .field > label,
    .field-label {
      display: block;
      font-weight: 700;
    }
    .hint {
      color: var(--_secondary-text);
      display: block;
      margin-bottom: 0.25em;
    }
    .error-message {
      color: var(--_error-text);
      font-weight: 700;
      display: block;
    }
    input[type='text'],
    input[type='search'],
    select {
      font: inherit;
      color: var(--_text);
      background: var(--_background);
      border: 2px solid var(--_text);
      border-radius: 0;
      padding: 0.25em 0.4em;
      min-height: 44px;
      max-width: 100%;
    }
    /* A percentage width lets a control shrink with the page. Sized by its longest option instead, a select
       sets the element's narrowest width, and a page that puts the element in a grid then scrolls sideways
       at 320px. */
    select,
    input[type='search'] {
      width: 100%;
      max-width: 24em;
    }
    input:focus-visible,
    select:focus-visible {
      outline: 3px solid var(--_focus);
      outline-offset: 0;
      box-shadow: inset 0 0 0 2px var(--_text);
    }
    input[aria-invalid='true'] {
      border-color: var(--_error);
    }
    .choice {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 0.5em;
      margin: 0.25em 0;
      min-height: 44px;
    }
    /* GOV.UK's radios and checkboxes are 40px square: easy to hit with a thumb, and to see. */
    .choice input {
      width: 40px;
      height: 40px;
      margin: 0;
      flex: none;
      accent-color: var(--_text);
    }
    .choice input:focus-visible {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
      box-shadow: 0 0 0 5px var(--_text);
    }
    .choice label {
      flex: 1 1 0;
      min-width: 0;
      padding-top: 8px;
    }
    .choice-hint {
      flex-basis: 100%;
      margin: 0 0 0 48px;
    }
    @media (forced-colors: active) {
      .choice input:focus-visible,
      input:focus-visible,
      select:focus-visible {
        outline-color: Highlight;
      }
    }
  }
`;
