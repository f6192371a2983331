import { css } from 'lit';
import { sharedStyles } from '../../styles/shared-styles.js';

export const localOfferContactStyles = [
  ...sharedStyles,
  css`
    @layer local-offer.component {
      :host {
        --_card-accent: var(--local-offer-contact-accent, var(--_accent));
      }
      .publisher { margin-top: -0.25em; }
      .cta {
        border-left: 5px solid var(--local-offer-contact-accent, var(--_accent));
        background: var(--_surface);
        padding: 0.75em 1em;
        margin: 0 0 1em;
      }
      .cta > :last-child { margin-bottom: 0; }
      .emergency {
        border: 3px solid var(--_error);
        padding: 0.75em 1em;
        margin: 0 0 1em;
        font-weight: 700;
      }
      .emergency > :last-child { margin-bottom: 0; }
      .emergency a { font-size: 1.25em; }
      .contacts { list-style: none; padding: 0; margin: 0 0 1em; }
      .contact { padding: 0.75em 0; border-top: 1px solid var(--_border); }
      .contact:first-child { border-top: 0; padding-top: 0; }
      .contact--emphasis { border: 3px solid var(--_error); padding: 0.75em; }
      .status { font-weight: 700; display: flex; gap: 0.5em; align-items: baseline; }
      .status::before { content: ''; flex: none; width: 0.75em; height: 0.75em; border-radius: 50%; background: var(--_secondary-text); }
      .status--open::before { background: var(--_success); }
      .status--closed::before { background: var(--_error); }
      .actions { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.5em 1.5em; }
      .actions a { display: inline-block; padding: 0.5em 0; font-weight: 700; font-size: 1.125em; min-height: 44px; }
      dl.details { display: grid; grid-template-columns: max-content 1fr; gap: 0.25em 1em; }
      dl.details dt { font-weight: 700; }
      dl.details dd { margin: 0; }
      address { font-style: normal; }
      table { border-collapse: collapse; width: 100%; max-width: 30em; }
      caption { text-align: left; font-weight: 700; margin-bottom: 0.25em; }
      th, td { text-align: left; padding: 0.25em 1em 0.25em 0; border-bottom: 1px solid var(--_border); vertical-align: top; }
      th[scope='row'] { white-space: nowrap; }
      .today th, .today td { font-weight: 700; }
      .review { font-size: 0.875em; }
      @media (forced-colors: active) {
        .status::before { forced-color-adjust: none; background: CanvasText; }
        .card, .emergency, .contact--emphasis, .cta { border-color: CanvasText; }
      }
      @media (max-width: 360px) {
        dl.details { grid-template-columns: 1fr; }
      }
    }
  `,
];
