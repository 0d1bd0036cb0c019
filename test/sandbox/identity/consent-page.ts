const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** The consent screen: the user sees the app, the scopes and the tenants, then allows or cancels. */
export function consentPage(params: URLSearchParams, tenants: { tenantName: string }[], scopes: string[]): string {
  const hidden = [...params.entries()]
    .map(([k, v]) => `<input type="hidden" name="${escape(k)}" value="${escape(v)}">`)
    .join('\n      ');
  const scopeItems = scopes.map((s) => `<li><code>${escape(s)}</code></li>`).join('');
  const tenantItems = tenants.map((t) => `<li>${escape(t.tenantName)}</li>`).join('');
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Xero | Authorise app (sandbox)</title>
<style>body{font-family:system-ui,sans-serif;background:#f5f7fa;margin:0}main{max-width:480px;margin:64px auto;background:#fff;border-radius:8px;padding:32px;box-shadow:0 2px 8px #0002}
h1{font-size:20px}button{font-size:16px;padding:10px 20px;border-radius:4px;border:1px solid #1c52de;cursor:pointer}
#approve{background:#1c52de;color:#fff}#deny{background:#fff;color:#1c52de;margin-left:8px}</style></head>
<body><main>
  <h1>Karbon ⇄ Xero Sync wants to access your Xero data</h1>
  <p>Organisations this app will connect to:</p><ul>${tenantItems}</ul>
  <p>It asks for:</p><ul>${scopeItems}</ul>
  <form method="post" action="/xero-login/identity/connect/authorize">
      ${hidden}
      <button id="approve" type="submit" name="decision" value="allow">Allow access</button>
      <button id="deny" type="submit" name="decision" value="deny">Cancel</button>
  </form>
</main></body></html>`;
}

export function errorPage(message: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Xero | Error</title></head><body><main><h1>Sorry, something went wrong</h1><p id="error">${escape(message)}</p></main></body></html>`;
}
