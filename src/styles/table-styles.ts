import { css } from 'lit';

/**
 * Data tables as GOV.UK draws them, shared by the comparison and the coverage table: full width, the caption
 * as a bold line above, cells aligned to the start and the top with a rule under each row. Each element sets its own padding and layout on top.
 */
export const tableStyles = css`
  @layer local-offer.base {
    table {
      border-collapse: collapse;
      width: 100%;
    }
    caption {
      text-align: start;
      font-weight: 700;
      margin-bottom: 0.5em;
    }
    th,
    td {
      text-align: start;
      vertical-align: top;
      padding: 0.5em 0.75em 0.5em 0;
      border-bottom: 1px solid var(--_border);
    }
  }
`;
