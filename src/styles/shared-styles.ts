import { css } from 'lit';
import { tokens } from './tokens.js';

/**
 * What every element shares: a defensive base (host pages bring global resets and odd box models), links
 * and buttons with the GOV.UK yellow-and-black focus, notices, and forced-colours and reduced-motion care.
 */
export const sharedStyles = [
  tokens,
  css`
    @layer local-offer.base {
      :host {
        display: block;
        box-sizing: border-box;
        color: var(--_text);
        font-family: var(--_font-family);
        /* Council pages that shrink the root font (62.5%) without resetting body text would make us tiny. */
        font-size: max(1em, var(--local-offer-min-font-size, 16px));
        line-height: 1.5;
        overflow-wrap: anywhere;
      }
      :host([hidden]) {
        display: none;
      }
      /* Not "inherit": page CSS such as * { box-sizing: content-box } beats :host on the host itself. */
      *,
      *::before,
      *::after {
        box-sizing: border-box;
      }
      h2, h3, h4, p, ul, ol, dl, dd, table {
        margin: 0 0 0.75em;
      }
      .heading-l { font-size: 1.5em; line-height: 1.25; font-weight: 700; margin: 0 0 0.5em; }
      .heading-m { font-size: 1.25em; line-height: 1.3; font-weight: 700; margin: 0 0 0.5em; }
      .heading-s { font-size: 1em; font-weight: 700; margin: 0 0 0.25em; }
      .secondary { color: var(--_secondary-text); }
      /* The element's box: each element sets --_card-accent from its own accent property. */
      .card {
        border: 1px solid var(--_border);
        border-top: 5px solid var(--_card-accent, var(--_accent));
        border-radius: var(--_radius);
        background: var(--_background);
        padding: var(--_space);
      }
      a {
        color: var(--_link);
        text-decoration: underline;
        text-decoration-thickness: max(1px, 0.0625em);
        text-underline-offset: 0.15em;
      }
      a:visited { color: var(--_link-visited); }
      a:hover { text-decoration-thickness: max(3px, 0.1875em); }
      a:focus-visible {
        outline: 3px solid transparent;
        color: var(--_focus-text);
        background-color: var(--_focus);
        box-shadow: 0 -2px var(--_focus), 0 4px var(--_focus-text);
        text-decoration: none;
      }
      button {
        font: inherit;
        font-weight: 700;
        color: var(--_button-text);
        background: var(--_button);
        border: 2px solid transparent;
        border-radius: var(--_radius);
        box-shadow: 0 2px 0 var(--_button-shadow);
        padding: 0.5em 0.75em;
        min-height: 44px;
        min-width: 44px;
        cursor: pointer;
      }
      button.secondary {
        background: var(--_surface);
        color: var(--_text);
        box-shadow: 0 2px 0 var(--_secondary-button-shadow);
      }
      button.warning {
        background: var(--_error);
        color: var(--_button-text);
        box-shadow: 0 2px 0 var(--_warning-button-shadow);
      }
      button:focus-visible {
        outline: 3px solid transparent;
        border-color: var(--_focus);
        color: var(--_focus-text);
        background-color: var(--_focus);
        box-shadow: inset 0 0 0 1px var(--_focus), 0 2px 0 var(--_focus-text);
      }
      details > summary {
        cursor: pointer;
        color: var(--_link);
        text-decoration: underline;
        min-height: 44px;
        padding: 0.5em 0;
      }
      details > summary:focus-visible {
        outline: 3px solid transparent;
        background: var(--_focus);
        color: var(--_focus-text);
        box-shadow: 0 -2px var(--_focus), 0 4px var(--_focus-text);
        text-decoration: none;
      }
      .notice {
        border-left: 5px solid var(--_accent);
        background: var(--_surface);
        padding: 0.75em 1em;
        margin: 0 0 1em;
      }
      .notice > :last-child { margin-bottom: 0; }
      .notice--warning { border-color: var(--_warning); background: var(--_warning-background); }
      .notice--error { border-color: var(--_error); background: var(--_background); border: 5px solid var(--_error); }
      .visually-hidden {
        position: absolute !important;
        width: 1px !important;
        height: 1px !important;
        margin: 0 !important;
        padding: 0 !important;
        overflow: hidden !important;
        clip-path: inset(50%) !important;
        white-space: nowrap !important;
        border: 0 !important;
      }
      @media (forced-colors: active) {
        .card, .notice, .notice--error, .notice--warning { border-color: CanvasText; }
        button { border-color: ButtonText; }
        a:focus-visible, button:focus-visible { outline: 3px solid Highlight; }
      }
      @media (prefers-reduced-motion: reduce) {
        *, *::before, *::after { animation: none !important; transition: none !important; scroll-behavior: auto !important; }
      }
      @media print {
        a[href^='http']::after { content: ' (' attr(href) ')'; font-size: 0.875em; }
        button { display: none; }
      }
    }
  `,
];
