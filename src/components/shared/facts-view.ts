/** An item's facts (src/describe/item.ts) as a definition list: one line as text, several as a list. */
import { html, type TemplateResult } from 'lit';
import type { Fact } from '../../describe/item.js';

export function renderFacts(facts: readonly Fact[]): TemplateResult {
  return html`<dl class="facts">
    ${facts.map(
      (fact) => html`<dt>${fact.label}</dt>
        <dd>${fact.lines.length === 1 ? fact.lines[0] : html`<ul>${fact.lines.map((line) => html`<li>${line}</li>`)}</ul>`}</dd>`,
    )}
  </dl>`;
}
