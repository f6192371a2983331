import { css } from 'lit';

/**
 * Lists of offer items, as the finder and the checklist show them: grouped by area, each a title, one line
 * and its details behind a disclosure, the facts (worth, why, who gives it) as a definition list that
 * stacks on a phone; and "Who to call" above them.
 */
export const itemStyles = css`
  @layer local-offer.base {
    .area {
      margin-bottom: 1.5em;
    }
    .items {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .item {
      border-top: 1px solid var(--_border);
      padding: 0.5em 0;
    }
    .item-title {
      font-size: 1.1875em;
      margin: 0 0 0.25em;
    }
    .item-line {
      margin: 0 0 0.25em;
    }
    .item details {
      margin-top: 0.25em;
    }
    .who-to-call {
      background: var(--_surface);
      border-left: 5px solid var(--_card-accent, var(--_accent));
      padding: 0.75em 1em;
      margin: 0 0 1em;
    }
    .call-list {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .call + .call {
      border-top: 1px solid var(--_border);
      margin-top: 0.5em;
      padding-top: 0.5em;
    }
    .call p {
      margin: 0 0 0.25em;
    }
    .call-name {
      font-weight: 700;
    }
    .call a {
      font-weight: 700;
      font-size: 1.1875em;
    }
    dl.facts {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.25em 1em;
      margin-bottom: 0.5em;
    }
    dl.facts dt {
      font-weight: 700;
    }
    dl.facts dd {
      margin: 0;
    }
    dl.facts ul,
    details ul {
      margin: 0;
      padding-left: 1.25em;
    }
    /* A phone number is one thing: it never breaks across lines. */
    .phone,
    a[href^='tel:'],
    a[href^='sms:'] {
      white-space: nowrap;
    }
    @media (max-width: 400px) {
      dl.facts {
        grid-template-columns: 1fr;
      }
    }
    @media (forced-colors: active) {
      .who-to-call {
        border-color: CanvasText;
      }
    }
  }
`;
