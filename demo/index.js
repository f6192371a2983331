// Lists the example offers with what the validator says of each. Text goes in with textContent only.
import { AREAS, AREA_LABELS } from '../dist/local-offer.js';
import { parseDirectoryText, parseOfferText } from '../dist/publisher-tools.js';

const list = document.getElementById('offers');
const status = document.getElementById('offers-status');

function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

async function load() {
  const directoryUrl = new URL('../schema/examples/directory.json', import.meta.url);
  const directory = parseDirectoryText(await (await fetch(directoryUrl)).text());
  if (!directory.ok) {
    status.textContent = `The example directory is not valid: ${directory.issues.map((i) => `${i.path} ${i.message}`).join('; ')}`;
    return;
  }
  for (const entry of directory.value.offers) {
    const item = element('li');
    item.append(element('h3', entry.name));
    const result = parseOfferText(await (await fetch(new URL(entry.url, directoryUrl))).text());
    if (!result.ok) {
      item.append(element('p', `Not valid: ${result.issues.length} issues, first ${result.issues[0].path} ${result.issues[0].message}`, 'status-invalid'));
    } else {
      const offer = result.value;
      item.append(
        element(
          'p',
          `Valid — ${offer.entitlements.length} items from ${offer.providers.length} providers, ${offer.contacts.length} contacts. Last reviewed ${offer.lastReviewed}.`,
          'status-valid',
        ),
      );
      const table = element('table');
      table.append(element('caption', 'Items by area'));
      for (const area of AREAS) {
        const row = element('tr');
        row.append(element('th', AREA_LABELS[area]), element('td', String(offer.entitlements.filter((e) => e.area === area).length)));
        table.append(row);
      }
      item.append(table);
    }
    const link = element('a', `Open ${entry.url}`);
    link.href = new URL(entry.url, directoryUrl).href;
    item.append(link);
    list.append(item);
  }
  status.textContent = `${directory.value.offers.length} example offers loaded.`;
}

load().catch((error) => {
  status.textContent = `Could not load the examples: ${error.message}`;
});
