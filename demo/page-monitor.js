// Records what goes wrong on a demo page — Content-Security-Policy violations, warnings and errors — so
// the browser tests that load these pages can check for them. Loaded first; a real page does not need it.
const monitor = { cspViolations: [], warnings: [], errors: [] };
window.__pageMonitor = monitor;
document.addEventListener('securitypolicyviolation', (event) => monitor.cspViolations.push(`${event.violatedDirective}: ${event.blockedURI}`));
window.addEventListener('error', (event) => monitor.errors.push(String(event.message)));
const warn = console.warn.bind(console);
console.warn = (...args) => {
  monitor.warnings.push(args.map(String).join(' '));
  warn(...args);
};
const error = console.error.bind(console);
console.error = (...args) => {
  monitor.errors.push(args.map(String).join(' '));
  error(...args);
};
