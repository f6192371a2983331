import { css } from 'lit';
import { sharedStyles } from '../../styles/shared-styles.js';

export const localOfferStyles = [
  ...sharedStyles,
  css`
    @layer local-offer.component {
      .issues { padding-left: 1.25em; }
      code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.9375em; overflow-wrap: anywhere; }
    }
  `,
];
