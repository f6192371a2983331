import { html, LitElement, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { CouncilPickEvent } from '../../events/council-pick-event.js';
import { councilByCode, countyOf, searchCouncils, type Council } from '../../places/council-registry.js';
import { LocalizeController } from '../../controllers/localize-controller.js';
import type { StringOverrides } from '../../i18n/strings.js';
import { COUNCIL_PICKER_STRINGS } from '../../i18n/strings/council-picker.js';
import { councilPickerStyles } from './local-offer-council-picker.styles.js';

/**
 * An accessible autocomplete over England's 317 councils (the WAI-ARIA combobox pattern with a listbox
 * popup): type part of a name, move with the arrow keys, choose with Enter or a tap. Districts show their
 * county, so "Newark and Sherwood (Nottinghamshire)" is never confused with another place.
 *
 * @tag local-offer-council-picker
 * @summary Council autocomplete, used by the finder.
 * @csspart input - The text field.
 * @csspart listbox - The list of suggestions.
 * @csspart option - One suggestion.
 * @fires local-offer-council-pick - CouncilPickEvent: a council was chosen, or the choice cleared.
 */
export class CouncilPickerElement extends LitElement {
  static override styles = councilPickerStyles;

  /** The chosen council's GSS code. */
  @property({ reflect: true }) value: string | undefined = undefined;

  /** The field's label; by default "Pick your council". */
  @property() label: string | undefined = undefined;

  /** Hint text under the label. */
  @property() hint = '';

  /** Overrides for the picker's words, such as `{ noCouncilMatches: '…' }`; the finder passes its own on. */
  @property({ attribute: false }) strings: StringOverrides | undefined = undefined;

  private readonly localizer = new LocalizeController(this, COUNCIL_PICKER_STRINGS, () => this.strings).localizer;

  @state() private text = '';
  @state() private open = false;
  @state() private active = -1;
  @state() private options: Council[] = [];

  @query('input') private input!: HTMLInputElement;

  /** Set when typing, not the page, cleared the choice: the typed text must stay. */
  private keepText = false;

  static displayName(council: Council): string {
    const county = council.tier === 'district' ? countyOf(council.code) : undefined;
    return county ? `${council.shortName} (${county.shortName})` : council.shortName;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('value')) {
      const council = this.value ? councilByCode(this.value) : undefined;
      if (council) this.text = CouncilPickerElement.displayName(council);
      else if (!this.value && !this.keepText) this.text = '';
      this.keepText = false;
    }
  }

  override focus(options?: FocusOptions): void {
    this.input?.focus(options);
  }

  private onInput(event: Event): void {
    this.text = (event.target as HTMLInputElement).value;
    // Once the text no longer names the chosen council, the choice no longer stands.
    const chosen = this.value ? councilByCode(this.value) : undefined;
    if (chosen && this.text !== CouncilPickerElement.displayName(chosen)) {
      this.keepText = true;
      this.value = undefined;
      this.dispatchEvent(new CouncilPickEvent(undefined));
    }
    this.options = searchCouncils(this.text, 12);
    this.open = this.text.trim() !== '';
    this.active = -1;
  }

  private choose(council: Council): void {
    this.value = council.code;
    this.text = CouncilPickerElement.displayName(council);
    this.open = false;
    this.active = -1;
    this.dispatchEvent(new CouncilPickEvent(council));
  }

  private onKeyDown(event: KeyboardEvent): void {
    const count = this.options.length;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!this.open && this.text.trim()) this.open = true;
        if (count) this.active = (this.active + 1) % count;
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (count) this.active = this.active <= 0 ? count - 1 : this.active - 1;
        break;
      case 'Enter':
        if (this.open && this.active >= 0 && this.options[this.active]) {
          event.preventDefault();
          this.choose(this.options[this.active]!);
        } else if (this.open && count === 1) {
          event.preventDefault();
          this.choose(this.options[0]!);
        }
        break;
      case 'Escape':
        if (this.open) {
          event.preventDefault();
          this.open = false;
          this.active = -1;
        } else if (this.text) {
          this.text = '';
          this.value = undefined;
          this.dispatchEvent(new CouncilPickEvent(undefined));
        }
        break;
      case 'Tab':
        this.open = false;
        break;
    }
  }

  protected override updated(): void {
    if (this.active >= 0) this.renderRoot.querySelector(`#option-${this.active}`)?.scrollIntoView({ block: 'nearest' });
  }

  // The ARIA combobox pattern: the input is named by its <label for>, and the options are reached with the
  // arrow keys on the input, so a click on an option needs no key handler of its own.
  /* eslint-disable lit-a11y/accessible-name, lit-a11y/click-events-have-key-events */
  protected override render() {
    const expanded = this.open && this.options.length > 0;
    const label = this.label ?? this.localizer.t('pickCouncil');
    return html`
      <label for="council">${label}</label>
      <span class="hint" id="council-hint">${this.hint}</span>
      <input id="council" part="input" type="text" role="combobox" autocomplete="off" spellcheck="false"
        aria-autocomplete="list" aria-expanded=${expanded ? 'true' : 'false'} aria-controls="councils" aria-describedby="council-hint"
        aria-activedescendant=${expanded && this.active >= 0 ? `option-${this.active}` : nothing}
        .value=${this.text} @input=${this.onInput} @keydown=${this.onKeyDown} @blur=${() => (this.open = false)} />
      <ul id="councils" role="listbox" part="listbox" aria-label=${label} ?hidden=${!expanded}>
        ${
          expanded
            ? this.options.map(
                (council, i) => html`<li id="option-${i}" role="option" part="option" aria-selected=${i === this.active ? 'true' : 'false'}
                @mousedown=${(event: Event) => event.preventDefault()} @click=${() => this.choose(council)}>${CouncilPickerElement.displayName(council)}</li>`,
              )
            : nothing
        }
      </ul>
      <p class="visually-hidden" role="status">${this.open ? (this.options.length ? this.localizer.t('councilMatches', { count: this.options.length }) : this.localizer.t('noCouncilMatches')) : ''}</p>
    `;
  }
  /* eslint-enable lit-a11y/accessible-name, lit-a11y/click-events-have-key-events */
}
