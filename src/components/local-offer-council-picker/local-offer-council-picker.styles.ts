import { css } from 'lit';
import { formStyles } from '../../styles/form-styles.js';
import { sharedStyles } from '../../styles/shared-styles.js';

export const councilPickerStyles = [
  ...sharedStyles,
  formStyles,
  css`
    @layer local-offer.component {
      :host {
        position: relative;
      }
      label {
        display: block;
        font-weight: 700;
      }
      input {
        width: 100%;
        max-width: 24em;
      }
      [role='listbox'] {
        list-style: none;
        margin: 0;
        padding: 0;
        max-width: 24em;
        max-height: 18em;
        overflow-y: auto;
        border: 2px solid var(--_text);
        border-top: 0;
        background: var(--_background);
      }
      [role='option'] {
        padding: 0.5em;
        cursor: pointer;
        border-bottom: 1px solid var(--_border);
        min-height: 44px;
      }
      [role='option'][aria-selected='true'] {
        background: var(--_link);
        color: var(--_background);
        outline: 3px solid transparent;
      }
      @media (forced-colors: active) {
        [role='option'][aria-selected='true'] {
          forced-color-adjust: none;
          background: Highlight;
          color: HighlightText;
        }
      }
    }
  `,
];
