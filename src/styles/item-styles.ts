import { css } from 'lit';

/**
 * Lists of offer items, as the finder and the checklist show them: grouped by area, each with its facts
 * (worth, why, who gives it) as a definition list that stacks on a phone.
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
      padding: 0.75em 0;
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
  }
`;
