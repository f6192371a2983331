import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import { registerStrings } from '../../i18n/localize.js';
import { shadow, shadowAll, typeText } from '../../test-support/element-helpers.js';
import type { CouncilPickEvent } from '../../events/council-pick-event.js';
import type { CouncilPickerElement } from './local-offer-council-picker.js';

const input = (picker: CouncilPickerElement) => shadow(picker, 'input') as HTMLInputElement;
const options = (picker: CouncilPickerElement) => shadowAll(picker, '[role="option"]').map((option) => option.textContent!.trim());
const status = (picker: CouncilPickerElement) => shadow(picker, '[role="status"]')!.textContent;

async function picker(): Promise<CouncilPickerElement> {
  return fixture<CouncilPickerElement>(html`<local-offer-council-picker hint="Start typing"></local-offer-council-picker>`);
}

describe('<local-offer-council-picker>', () => {
  afterEach(() => registerStrings({ pickCouncil: undefined as never, noCouncilMatches: undefined as never }));

  it('is a labelled combobox that offers matching councils, districts with their county', async () => {
    const element = await picker();
    expect(shadow(element, 'label')!.textContent).to.equal('Pick your council');
    expect(input(element).getAttribute('role')).to.equal('combobox');
    expect(input(element).getAttribute('aria-expanded')).to.equal('false');
    input(element).focus();
    await typeText('newark');
    await element.updateComplete;
    expect(options(element)).to.deep.equal(['Newark and Sherwood (Nottinghamshire)']);
    expect(input(element).getAttribute('aria-expanded')).to.equal('true');
    expect(status(element)).to.equal('1 council found. Use the up and down arrows to choose.');
    await expect(element).to.be.accessible();
  });

  it('chooses with the arrow keys and Enter, and says which council was picked', async () => {
    const element = await picker();
    input(element).focus();
    await typeText('manchester');
    await element.updateComplete;
    const picked = oneEvent(element, 'local-offer-council-pick');
    await sendKeys({ press: 'ArrowDown' });
    await element.updateComplete;
    expect(input(element).getAttribute('aria-activedescendant')).to.equal('option-0');
    await sendKeys({ press: 'Enter' });
    const event = (await picked) as unknown as CouncilPickEvent;
    expect(event.council?.code).to.equal('E08000003');
    expect(element.value).to.equal('E08000003');
    expect(input(element).value).to.equal('Manchester');
    expect(input(element).getAttribute('aria-expanded')).to.equal('false');
  });

  it('closes with Escape, then clears the choice with a second Escape', async () => {
    const element = await picker();
    element.value = 'E09000028';
    await element.updateComplete;
    expect(input(element).value).to.equal('Southwark');
    input(element).focus();
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(element.value).to.equal(undefined);
    expect(input(element).value).to.equal('');
  });

  it('says when nothing matches, in the page’s own words if it has them', async () => {
    const element = await picker();
    input(element).focus();
    await typeText('zzzz');
    await element.updateComplete;
    expect(options(element)).to.deep.equal([]);
    expect(status(element)).to.equal('No council matches that name');
    registerStrings({ noCouncilMatches: 'No council by that name', pickCouncil: 'Your council' });
    await element.updateComplete;
    expect(status(element)).to.equal('No council by that name');
    expect(shadow(element, 'label')!.textContent).to.equal('Your council');
    element.strings = { noCouncilMatches: 'Nothing found' };
    await element.updateComplete;
    expect(status(element), 'its own strings win over the page’s').to.equal('Nothing found');
  });
});
