// For comparison in the benchmark: the smallest Lit element, with nothing of ours.
import { LitElement, html } from 'lit';

class HelloElement extends LitElement {
  override render() {
    return html`<p>Hello</p>`;
  }
}
customElements.define('bench-hello', HelloElement);
