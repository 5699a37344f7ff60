import type { Exchange, SimContext } from '../context.js';
import { readForm } from '../http/read-body.js';
import { redirect, sendHtml } from '../http/respond.js';
import { parseAuthorizeRequest } from './authorize-request.js';
import { approveConsent, ConsentError, denyConsent } from './consent.js';
import { renderConsentPage, renderErrorPage } from './consent-page.js';

/**
 * GET: the consent page (who is signed in, which organisations to connect, Allow access / Cancel).
 * POST: the form's answer, redirected back to the app exactly as Xero would.
 */
export async function handleAuthorize(ctx: SimContext, ex: Exchange): Promise<void> {
  ex.meta.endpoint = 'authorize';
  const { req, res } = ex;
  const params = req.method === 'POST' ? await readForm(req) : ex.query;
  const parsed = parseAuthorizeRequest(ctx.world, params);
  if (!parsed.ok) {
    if (parsed.kind === 'page') sendHtml(res, 400, renderErrorPage(parsed.message));
    else redirect(res, parsed.redirectUrl);
    return;
  }
  const request = parsed.request;
  ex.meta.clientId = request.app.clientId;
  const users = [...ctx.world.users.values()];
  const userId = params.get('sim_user') ?? users[0]?.userId;
  const user = userId === undefined ? undefined : ctx.world.users.get(userId);
  if (user === undefined) {
    sendHtml(res, 400, renderErrorPage(`unknown user "${userId ?? ''}"`));
    return;
  }

  if (req.method === 'POST') {
    if (params.get('decision') !== 'allow') {
      redirect(res, denyConsent(request));
      return;
    }
    try {
      redirect(res, approveConsent(ctx, request, user.userId, params.getAll('tenant')));
    } catch (error) {
      if (!(error instanceof ConsentError)) throw error;
      sendHtml(res, 400, renderErrorPage(error.message));
    }
    return;
  }

  sendHtml(
    res,
    200,
    renderConsentPage({
      action: `${ctx.urls.identityUrl}/connect/authorize`,
      app: request.app,
      scopes: request.scopes,
      params,
      users,
      user,
      organisations: user.organisations.map((tenantId) => ({
        tenantId,
        name: ctx.world.organisationName(tenantId) ?? tenantId,
      })),
    }),
  );
}
