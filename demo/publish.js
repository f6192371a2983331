// The publisher playground: validate pasted or dropped text with source locations, list every issue
// (a button per issue moves the cursor there), and preview the three elements on the document.
import { validateSource } from '../dist/publisher-tools.js';

const source = document.getElementById('source');
const summary = document.getElementById('summary');
const list = document.getElementById('issue-list');
const preview = document.getElementById('preview');
const dropZone = document.getElementById('drop-zone');
let timer;

function offsetOf(text, line, column) {
  const lines = text.split('\n');
  let offset = 0;
  for (let i = 0; i < line - 1 && i < lines.length; i++) offset += lines[i].length + 1;
  return offset + column - 1;
}

function check() {
  const text = source.value;
  list.replaceChildren();
  if (text.trim() === '') {
    summary.textContent = 'Paste or choose an offer to check it.';
    return;
  }
  const report = validateSource(text);
  const errors = report.issues.filter((issue) => issue.severity === 'error').length;
  const warnings = report.issues.length - errors;
  summary.textContent = report.valid
    ? `This ${report.kind} is valid${warnings ? `, with ${warnings} warning${warnings === 1 ? '' : 's'}` : ''}.`
    : `This ${report.kind} has ${errors} error${errors === 1 ? '' : 's'}${warnings ? ` and ${warnings} warning${warnings === 1 ? '' : 's'}` : ''}.`;
  for (const issue of report.issues) {
    const item = document.createElement('li');
    const severity = document.createElement('span');
    severity.className = `severity-${issue.severity}`;
    severity.textContent = issue.severity === 'error' ? 'Error' : 'Warning';
    const jump = document.createElement('button');
    jump.type = 'button';
    jump.textContent = `line ${issue.line}, column ${issue.column}`;
    jump.addEventListener('click', () => {
      const at = offsetOf(text, issue.line, issue.column);
      source.focus();
      source.setSelectionRange(at, at);
    });
    const pointer = document.createElement('code');
    pointer.textContent = issue.path || '(root)';
    item.append(severity, ' ', jump, ' ', pointer, ` ${issue.message}`);
    list.append(item);
  }
  // The provider validates too, and shows its own error when the document cannot be shown.
  if (report.kind === 'offer' && report.document !== undefined) {
    preview.offer = report.document;
    preview.hidden = false;
    document.getElementById('preview-empty').hidden = true;
  }
}

source.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(check, 250);
});

async function loadFile(file) {
  source.value = await file.text();
  check();
}

document.getElementById('file').addEventListener('change', (event) => {
  const [file] = event.target.files;
  if (file) loadFile(file);
});
dropZone.addEventListener('dragover', (event) => {
  event.preventDefault();
  dropZone.classList.add('dragging');
});
dropZone.addEventListener('dragleave', () => dropZone.classList.remove('dragging'));
dropZone.addEventListener('drop', (event) => {
  event.preventDefault();
  dropZone.classList.remove('dragging');
  const [file] = event.dataTransfer.files;
  if (file) loadFile(file);
});
document.getElementById('load-example').addEventListener('click', async () => {
  source.value = await (await fetch('../schema/examples/manchester.json')).text();
  check();
});
