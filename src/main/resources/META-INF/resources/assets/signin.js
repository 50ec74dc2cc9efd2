// @ts-check
/**
 * Officers sign in at the OpenID provider (a Keycloak realm) with the authorization code flow and PKCE, as
 * the public client /screens/config names; the tokens stay in this tab's session storage. Without a
 * provider (dev mode trusts a development key) a token from src/dev/DevToken.java is pasted instead.
 */

const SESSION = 'motcua.session';
const PENDING = 'motcua.sign-in';

/**
 * @typedef {{ accessToken: string, refreshToken?: string, idToken?: string, expiresAt: number }} Session
 * @typedef {{ authorization_endpoint: string, token_endpoint: string, end_session_endpoint?: string }} Provider
 * @typedef {{ signIn: { authority: string | null, clientId: string } }} ScreensConfig
 */

/** @returns {Promise<ScreensConfig>} */
export async function screensConfig() {
  return fetch('/screens/config').then((r) => r.json());
}

/** @param {string} authority @returns {Promise<Provider>} */
async function provider(authority) {
  return fetch(`${authority.replace(/\/$/, '')}/.well-known/openid-configuration`).then((r) => r.json());
}

/** @param {ArrayBuffer | Uint8Array} bytes */
function base64url(bytes) {
  return btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function random() {
  return base64url(crypto.getRandomValues(new Uint8Array(32)));
}

function returnAddress() {
  return location.origin + location.pathname;
}

/** @returns {Session | null} */
function stored() {
  const text = sessionStorage.getItem(SESSION);
  return text ? JSON.parse(text) : null;
}

/** @param {Record<string, any>} answer the token endpoint's */
function keep(answer) {
  /** @type {Session} */
  const session = {
    accessToken: answer.access_token, refreshToken: answer.refresh_token, idToken: answer.id_token,
    expiresAt: Date.now() + answer.expires_in * 1000,
  };
  sessionStorage.setItem(SESSION, JSON.stringify(session));
  return session;
}

/** Sends the browser to the provider's sign-in page. @param {ScreensConfig} config */
export async function signIn(config) {
  if (!config.signIn.authority) throw new Error('no OpenID provider configured');
  const endpoints = await provider(config.signIn.authority);
  const verifier = random();
  const state = random();
  sessionStorage.setItem(PENDING, JSON.stringify({ verifier, state }));
  const challenge = base64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  const query = new URLSearchParams({
    response_type: 'code', client_id: config.signIn.clientId, redirect_uri: returnAddress(), scope: 'openid',
    state, code_challenge: challenge, code_challenge_method: 'S256',
  });
  location.assign(`${endpoints.authorization_endpoint}?${query}`);
}

/** A development token, pasted by hand where no provider is configured. @param {string} token */
export function useDevelopmentToken(token) {
  const claims = claimsOf(token);
  return keep({ access_token: token, expires_in: Math.max(0, (claims.exp ?? 0) * 1000 - Date.now()) / 1000 });
}

/**
 * The session: finishes a sign-in the provider just sent back, refreshes one about to expire, or null.
 * @param {ScreensConfig} config
 * @returns {Promise<Session | null>}
 */
export async function currentSession(config) {
  const here = new URLSearchParams(location.search);
  const pending = sessionStorage.getItem(PENDING);
  if (here.has('code') && pending && config.signIn.authority) {
    const { verifier, state } = JSON.parse(pending);
    sessionStorage.removeItem(PENDING);
    history.replaceState(null, '', location.pathname);
    if (here.get('state') !== state) throw new Error('the sign-in answer does not match its request');
    const endpoints = await provider(config.signIn.authority);
    return keep(await tokenRequest(endpoints, {
      grant_type: 'authorization_code', code: here.get('code') ?? '', redirect_uri: returnAddress(),
      client_id: config.signIn.clientId, code_verifier: verifier,
    }));
  }
  const session = stored();
  if (!session) return null;
  if (session.expiresAt - Date.now() > 30000) return session;
  if (session.refreshToken && config.signIn.authority) {
    const endpoints = await provider(config.signIn.authority);
    return keep(await tokenRequest(endpoints, {
      grant_type: 'refresh_token', refresh_token: session.refreshToken, client_id: config.signIn.clientId,
    }).catch(() => ({})));
  }
  sessionStorage.removeItem(SESSION);
  return null;
}

/** @param {Provider} endpoints @param {Record<string, string>} form */
async function tokenRequest(endpoints, form) {
  const response = await fetch(endpoints.token_endpoint, {
    method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(form),
  });
  if (!response.ok) throw new Error(`sign-in refused: HTTP ${response.status}`);
  return response.json();
}

/** Ends the session here and at the provider. @param {ScreensConfig} config */
export async function signOut(config) {
  const session = stored();
  sessionStorage.removeItem(SESSION);
  if (config.signIn.authority && session?.idToken) {
    const endpoints = await provider(config.signIn.authority);
    if (endpoints.end_session_endpoint) {
      const query = new URLSearchParams({ id_token_hint: session.idToken, post_logout_redirect_uri: returnAddress() });
      location.assign(`${endpoints.end_session_endpoint}?${query}`);
      return;
    }
  }
  location.reload();
}

/**
 * What the token says of its holder: the center and counter come from it, never from the page.
 * @param {string} token
 * @returns {{ exp?: number, center_code?: string, counter_code?: string, preferred_username?: string, sub?: string }}
 */
export function claimsOf(token) {
  const payload = atob((token.split('.')[1] ?? '').replace(/-/g, '+').replace(/_/g, '/'));
  return JSON.parse(new TextDecoder().decode(Uint8Array.from(payload, (c) => c.charCodeAt(0))));
}
