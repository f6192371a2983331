import { css } from 'lit';
import { sharedStyles } from '../../styles/shared-styles.js';

/*
 * GOV.UK patterns (docs/accessibility.md): `.inset` is inset text (closed is information, not an error);
 * `.summary` a summary list (key beside value where there is room, above it on a phone); `.details-text`
 * the revealed text of details, beside a bar; contact names are summary card titles, bold and a little
 * larger. The week's hours sit on GOV.UK's 20px phone lines so they read as one block, and a wrapped line
 * hangs under its first word. The out-of-hours line, while the office is closed, gets a bar in the card's
 * margin so its text keeps its width. Closed is a grey ring, open a green dot: shape as well as colour.
 * The comments are here, not in the CSS, so that they are not shipped.
 */

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
        padding: 0.5em 1em 0.75em;
        margin: 0 0 0.75em;
      }
      .cta > .heading-m, .contact > .heading-m { font-size: 1.125em; margin-bottom: 0.25em; }
      .notice { padding: 0.5em 1em; margin-bottom: 0.75em; }
      .cta > :last-child, .inset > :last-child, .notice > :last-child { margin-bottom: 0; }
      .inset {
        border-left: 10px solid var(--_border);
        padding: 0.5em 1em;
        margin: 0 0 0.75em;
      }
      .emergency p:first-child { margin-bottom: 0; }
      .emergency a { display: inline-block; vertical-align: top; padding: 0.25em 0; min-height: 44px; font-size: 1.25em; font-weight: 700; }
      .contacts { list-style: none; padding: 0; margin: 0 0 1em; }
      .contact { padding: 0.75em 0 0.5em; border-top: 1px solid var(--_border); }
      .contact:first-child { border-top: 0; padding-top: 0; }
      .contact--emphasis, .contact--emphasis:first-child {
        border-left: 10px solid var(--_border);
        margin-left: calc(-1 * var(--_space));
        padding-left: max(0px, calc(var(--_space) - 10px));
      }
      .role { margin-bottom: 0.25em; }
      .status { font-weight: 700; display: flex; gap: 0.375em; align-items: baseline; margin-bottom: 0.25em; }
      .status::before { content: ''; flex: none; width: 0.6875em; height: 0.6875em; border-radius: 50%; border: 2px solid transparent; background: var(--_secondary-text); }
      .status--open::before { background: var(--_success); }
      .status--closed::before { background: transparent; border-color: var(--_secondary-text); }
      .actions { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0 1.5em; margin-bottom: 0.5em; }
      .actions a { display: inline-block; vertical-align: top; padding: 0.5em 0; font-weight: 700; min-height: 44px; }
      .actions [part='phone-link'] { font-size: 1.125em; }
      .actions [part='email-link'] { word-break: break-all; }
      .summary { margin: 0 0 0.5em; border-top: 1px solid var(--_border); }
      .hours + .summary { margin-top: 0.25em; }
      .summary-row { display: flex; flex-wrap: wrap; column-gap: 1em; padding: 0.5em 0 0.25em; border-bottom: 1px solid var(--_border); }
      .summary dt { flex: 1 0 8em; font-weight: 700; }
      .summary dd { flex: 100 1 16em; margin: 0; min-width: 0; }
      .hours { border-top: 1px solid var(--_border); padding-top: 0.5em; }
      .hours-summary { list-style: none; padding: 0; margin: 0; }
      .hours-summary li { padding-left: 1em; text-indent: -1em; }
      .hours-summary, .summary, .notes { line-height: 1.25; }
      .details-text { border-left: 5px solid var(--_border); padding: 0.5em 0 0.5em 1em; }
      .details-text > :last-child { margin-bottom: 0; }
      .notes { margin-bottom: 0; }
      address { font-style: normal; }
      table { border-collapse: collapse; width: 100%; max-width: 30em; }
      caption { text-align: left; font-weight: 700; margin-bottom: 0.25em; }
      th, td { text-align: left; padding: 0.25em 1em 0.25em 0; border-bottom: 1px solid var(--_border); vertical-align: top; }
      th[scope='row'] { white-space: nowrap; }
      .today th, .today td { font-weight: 700; }
      .review { font-size: 0.875em; }
      @media (forced-colors: active) {
        .status::before { forced-color-adjust: none; background: CanvasText; border-color: CanvasText; }
        .status--closed::before { background: Canvas; }
        .card, .inset, .contact--emphasis, .cta, .hours, .summary, .summary-row, .details-text, th, td { border-color: CanvasText; }
      }
    }
  `,
];
