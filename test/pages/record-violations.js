// Records Content-Security-Policy violations, for the strict-CSP test page.
window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sourceFile ?? ''}:${e.lineNumber ?? ''}`));
