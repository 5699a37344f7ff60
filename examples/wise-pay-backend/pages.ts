/**
 * Server-rendered HTML of the two screens the product doc describes: the dashboard (with the "connection
 * broken" notification) and Configure > Accounting Connections. Plain HTML that works without JavaScript;
 * a few lines of vanilla JS upgrade the token test to an in-place update.
 */
import type { ConnectionStatusRow, Role } from '@wise-pay/xero-connections';

/** A dashboard notification about a broken connection. */
export interface BrokenConnectionNotice {
  role: Role;
  /** Connection Type of the broken connection, e.g. "Company". */
  connectionType: string;
  /** Ready-to-show text from the pool's `connection:broken` event. */
  message: string;
  at: Date;
}

/** Where the screens live; the self-test and the browser test use the same paths. */
export const PATHS = {
  dashboard: '/',
  accountingConnections: '/configure/accounting-connections',
  connectionsJson: '/api/connections',
  notificationsJson: '/api/notifications',
  callback: '/callback',
  chooseOrganisation: '/connections/choose-organisation',
  connect: (role: Role) => `/connections/${role}/connect`,
  test: (role: Role) => `/connections/${role}/test`,
} as const;

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => escapes[c] ?? c);
}

const STYLE = `
  body { font-family: system-ui, sans-serif; margin: 2rem; color: #1b1f23; }
  nav a { margin-right: 1rem; }
  table { border-collapse: collapse; width: 100%; margin-top: 1rem; }
  th, td { border: 1px solid #d0d7de; padding: .5rem .75rem; text-align: left; vertical-align: top; }
  th { background: #f6f8fa; }
  .ok { color: #1a7f37; font-weight: 600; }
  .bad { color: #cf222e; font-weight: 600; }
  .unknown { color: #9a6700; font-weight: 600; }
  .notice { border: 1px solid #cf222e; background: #ffebe9; padding: .75rem 1rem; margin: 1rem 0; border-radius: 6px; }
  .flash { border: 1px solid #1a7f37; background: #dafbe1; padding: .5rem 1rem; margin: 1rem 0; border-radius: 6px; }
  .actions { white-space: nowrap; }
  .actions form { display: inline; }
  button { cursor: pointer; padding: .3rem .6rem; }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;

function layout(title: string, body: string, script = ''): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Wise-Pay</title>
<style>${STYLE}</style>
</head>
<body>
<nav aria-label="Main"><a href="${PATHS.dashboard}">Dashboard</a><a href="${PATHS.accountingConnections}">Configure &gt; Accounting Connections</a></nav>
<main>
<h1>${escapeHtml(title)}</h1>
${body}
</main>
${script ? `<script>${script}</script>` : ''}
</body>
</html>`;
}

function noticeHtml(notice: BrokenConnectionNotice): string {
  return `<div class="notice" role="alert" data-role="${notice.role}">
  <strong>${escapeHtml(notice.connectionType)} connection broken.</strong> ${escapeHtml(notice.message)}
  <a href="${PATHS.accountingConnections}" class="manage-connections">Manage Connections</a>
</div>`;
}

/** The dashboard: one notification per broken connection, each linking to the Accounting Connections screen. */
export function dashboardPage(notices: readonly BrokenConnectionNotice[]): string {
  const body =
    notices.length === 0
      ? '<p id="all-good">All accounting connections are working.</p>'
      : notices.map(noticeHtml).join('\n');
  return layout('Dashboard', `<section aria-label="Notifications">${body}</section>`);
}

/** The Connected column: a word, not just a colour, so it reads the same to everyone. */
export function connectedCellHtml(row: ConnectionStatusRow): string {
  switch (row.health) {
    case 'connected':
      return '<span class="ok">Yes</span>';
    case 'degraded':
      return `<span class="unknown">Yes (Xero is not answering reliably${row.lastError ? `: ${escapeHtml(row.lastError)}` : ''})</span>`;
    case 'broken':
      return `<span class="bad">No, broken</span>${row.lastError ? `<br><small>${escapeHtml(row.lastError)}</small>` : ''}`;
    case 'not_connected':
      return '<span class="bad">No</span>';
  }
}

/** The Last Connection Test column: date, plus a green tick, a red cross or a question mark. */
export function lastTestCellHtml(row: ConnectionStatusRow): string {
  const test = row.lastTest;
  if (test === undefined) return '<span>Never tested</span>';
  const when = `<time datetime="${test.at.toISOString()}">${escapeHtml(formatDate(test.at))}</time>`;
  if (test.valid === true) {
    return `<span class="ok test-result" data-valid="true"><span aria-hidden="true">✔</span><span class="visually-hidden">Token valid,</span></span> ${when}`;
  }
  if (test.valid === false) {
    const why = test.reason ? ` <small>${escapeHtml(test.reason)}</small>` : '';
    return `<span class="bad test-result" data-valid="false"><span aria-hidden="true">✘</span><span class="visually-hidden">Token not valid,</span></span> ${when}${why}`;
  }
  const why = test.reason ? ` <small>${escapeHtml(test.reason)}</small>` : '';
  return `<span class="unknown test-result" data-valid="unknown"><span aria-hidden="true">?</span><span class="visually-hidden">Could not reach Xero, token state unknown,</span></span> ${when}${why}`;
}

function rowHtml(row: ConnectionStatusRow): string {
  const label = escapeHtml(row.connectionType);
  return `<tr data-role="${row.role}" data-health="${row.health}">
  <td>${label}</td>
  <td>${escapeHtml(row.description)}</td>
  <td class="organisation">${row.organisation ? escapeHtml(row.organisation) : '<span aria-label="none">—</span>'}</td>
  <td class="connected">${connectedCellHtml(row)}</td>
  <td class="last-test">${lastTestCellHtml(row)}</td>
  <td class="actions">
    <form method="post" action="${PATHS.connect(row.role)}">
      <button type="submit" class="connect" aria-label="Connect to this accounting application: ${label}" title="Connect to this accounting application">Connect</button>
    </form>
    <form method="post" action="${PATHS.test(row.role)}" class="test-form">
      <button type="submit" class="test" aria-label="Check if this token is still valid: ${label}" title="Check if this token is still valid">?</button>
    </form>
  </td>
</tr>`;
}

/** Upgrades the token-test forms: POST with fetch, then swap the two cells the server re-rendered. */
const TEST_SCRIPT = `
document.querySelectorAll('form.test-form').forEach(function (form) {
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var row = form.closest('tr');
    var button = form.querySelector('button');
    button.disabled = true;
    fetch(form.action, { method: 'POST', headers: { Accept: 'application/json' } })
      .then(function (r) { return r.json(); })
      .then(function (data) {
        row.querySelector('.connected').innerHTML = data.cells.connected;
        row.querySelector('.last-test').innerHTML = data.cells.lastTest;
        row.dataset.health = data.health;
        document.getElementById('status').textContent = data.announcement;
      })
      .catch(function () { document.getElementById('status').textContent = 'The connection test failed to run.'; })
      .finally(function () { button.disabled = false; });
  });
});
`;

/** Configure > Accounting Connections. `flash` is a one-line confirmation or error after a redirect. */
export function accountingConnectionsPage(
  rows: readonly ConnectionStatusRow[],
  notices: readonly BrokenConnectionNotice[],
  flash?: { kind: 'ok' | 'error'; text: string },
): string {
  const flashHtml = flash
    ? `<div class="${flash.kind === 'ok' ? 'flash' : 'notice'}" role="status">${escapeHtml(flash.text)}</div>`
    : '';
  const body = `${notices.map(noticeHtml).join('\n')}
${flashHtml}
<p id="status" role="status" aria-live="polite" class="visually-hidden"></p>
<table id="accounting-connections">
<caption class="visually-hidden">Accounting connections of this account</caption>
<thead><tr><th scope="col">Connection Type</th><th scope="col">Description</th><th scope="col">Connected Organization</th><th scope="col">Connected</th><th scope="col">Last Connection Test</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
<tbody>
${rows.map(rowHtml).join('\n')}
</tbody>
</table>`;
  return layout('Accounting Connections', body, TEST_SCRIPT);
}

/** Shown when one consent connected several organisations and the account has none pinned yet. */
export function chooseOrganisationPage(
  connectionType: string,
  selectionToken: string,
  choices: ReadonlyArray<{ tenantId: string; organisation: string }>,
): string {
  const options = choices
    .map(
      (c, i) =>
        `<label><input type="radio" name="tenantId" value="${escapeHtml(c.tenantId)}"${i === 0 ? ' checked' : ''}> ${escapeHtml(c.organisation)}</label><br>`,
    )
    .join('\n');
  return layout(
    'Choose the organisation',
    `<p>Your consent connected several organisations. Which one should the ${escapeHtml(connectionType)} connection use?</p>
<form method="post" action="${PATHS.chooseOrganisation}">
<input type="hidden" name="selectionToken" value="${escapeHtml(selectionToken)}">
<fieldset><legend>Organisation</legend>${options}</fieldset>
<button type="submit">Use this organisation</button>
</form>`,
  );
}

/** A plain error page (e.g. the user pressed Cancel on Xero's consent screen). */
export function errorPage(title: string, message: string): string {
  return layout(
    title,
    `<div class="notice" role="alert">${escapeHtml(message)}</div><p><a href="${PATHS.accountingConnections}">Back to Accounting Connections</a></p>`,
  );
}

function formatDate(d: Date): string {
  return d.toISOString().replace('T', ' ').slice(0, 19) + ' UTC';
}
