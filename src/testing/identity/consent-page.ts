import { escapeHtml } from '../http/respond.js';
import type { RegisteredApp, RegisteredUser } from '../world.js';
import { CONSENT_FORM_FIELDS } from './authorize-request.js';

export interface ConsentPageModel {
  /** Where the form posts (the authorize endpoint). */
  action: string;
  app: RegisteredApp;
  scopes: string[];
  /** The OAuth parameters, echoed back as hidden fields. */
  params: URLSearchParams;
  users: RegisteredUser[];
  user: RegisteredUser;
  organisations: Array<{ tenantId: string; name: string }>;
}

const STYLE = `body{font-family:system-ui,sans-serif;background:#f4f6f8;margin:0;padding:2rem;color:#1e3145}
main{max-width:32rem;margin:auto;background:#fff;border-radius:8px;padding:2rem;box-shadow:0 1px 4px #0002}
h1{font-size:1.3rem}ul{padding-left:1.2rem}label{display:block;margin:.4rem 0}
.actions{display:flex;gap:1rem;margin-top:1.5rem}button{padding:.6rem 1.2rem;border-radius:4px;border:1px solid #13b5ea;font-size:1rem}
button[value=allow]{background:#13b5ea;color:#fff}button[value=cancel]{background:#fff;color:#13b5ea}
.users a{margin-right:.6rem}.muted{color:#667}`;

/** The simulator's stand-in for Xero's login + consent screens: a plain form that works without JavaScript. */
export function renderConsentPage(m: ConsentPageModel): string {
  const hidden = [...m.params]
    .filter(([name]) => !CONSENT_FORM_FIELDS.has(name))
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join('\n');
  const switchUser = m.users
    .map((u) => {
      const p = new URLSearchParams(m.params);
      p.set('sim_user', u.userId);
      const label = escapeHtml(`${u.email}`);
      return u.userId === m.user.userId
        ? `<strong>${label}</strong>`
        : `<a href="${escapeHtml(`${m.action}?${p}`)}">${label}</a>`;
    })
    .join(' ');
  const orgs =
    m.organisations.length === 0
      ? '<p class="muted">This user has no organisations to connect.</p>'
      : m.organisations
          .map(
            (o, i) =>
              `<label><input type="checkbox" name="tenant" value="${escapeHtml(o.tenantId)}"${i === 0 ? ' checked' : ''}> ${escapeHtml(o.name)}</label>`,
          )
          .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Xero simulator – Allow access</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><style>${STYLE}</style></head>
<body><main>
<h1>${escapeHtml(m.app.name)} wants to access your Xero data</h1>
<p class="users">Signed in as ${switchUser}</p>
<p>It is asking for:</p>
<ul>${m.scopes.map((s) => `<li><code>${escapeHtml(s)}</code></li>`).join('')}</ul>
<form method="post" action="${escapeHtml(m.action)}">
${hidden}
<input type="hidden" name="sim_user" value="${escapeHtml(m.user.userId)}">
<fieldset><legend>Organisations to connect</legend>
${orgs}
</fieldset>
<div class="actions">
<button type="submit" name="decision" value="allow">Allow access</button>
<button type="submit" name="decision" value="cancel">Cancel</button>
</div>
</form>
<p class="muted">Local Xero simulator: no real Xero account is involved.</p>
</main></body></html>`;
}

export function renderErrorPage(message: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Xero simulator – error</title><style>${STYLE}</style></head>
<body><main><h1>Sorry, something went wrong</h1><p>${escapeHtml(message)}</p></main></body></html>`;
}
