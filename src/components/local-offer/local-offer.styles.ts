import { css } from 'lit';
import { sharedStyles } from '../../styles/shared-styles.js';

export const localOfferStyles = [
  ...sharedStyles,
  css`
    @layer local-offer.component {
      details summary { cursor: pointer; color: var(--_link); text-decoration: underline; }
      details summary:focus-visible { outline: 3px solid transparent; background: var(--_focus); color: var(--_focus-text); box-shadow: 0 -2px var(--_focus), 0 4px var(--_focus-text); text-decoration: none; }
      .issues { padding-left: 1.25em; }
      code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.9375em; overflow-wrap: anywhere; }
    }
  `,
];
