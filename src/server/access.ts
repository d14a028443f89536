import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { ApiError } from './errors.js';

/** The environment variable that may hold the write token (instead of --token, which shows in process lists). */
export const TOKEN_ENV = 'KRONIEK_TOKEN';

/** Whether a listening address only takes connections from this machine. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  return bare === 'localhost' || bare === '::1' || /^127(\.\d{1,3}){3}$/.test(bare) || bare === '::ffff:127.0.0.1';
}

/** A new random write token (256 bits, URL-safe). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Guards writing requests. With a token, they must carry `Authorization: Bearer TOKEN`. Always: a browser request
 * from another site is refused (its Origin is not this server), and the body must be JSON, which a plain HTML form
 * on another site cannot send without the browser asking first.
 */
export function writeGuard(token: string | undefined): MiddlewareHandler {
  const expected = token === undefined ? undefined : Buffer.from(token);
  return async (c, next) => {
    const origin = c.req.header('origin');
    if (origin !== undefined && origin !== new URL(c.req.url).origin) {
      throw new ApiError(403, 'cross_origin', `requests from ${origin} may not write here`);
    }
    if (expected !== undefined) {
      const header = c.req.header('authorization') ?? '';
      const given = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
      if (given === undefined) throw new ApiError(401, 'token_required', 'writing needs the server\'s token: send Authorization: Bearer TOKEN');
      const givenBytes = Buffer.from(given);
      if (givenBytes.length !== expected.length || !timingSafeEqual(givenBytes, expected)) {
        throw new ApiError(403, 'bad_token', 'the token is not the server\'s token');
      }
    }
    const type = c.req.header('content-type') ?? '';
    if (!/^application\/json\s*(;|$)/i.test(type)) {
      throw new ApiError(415, 'unsupported_media_type', 'send the body as JSON (Content-Type: application/json)');
    }
    await next();
  };
}

/**
 * On a loopback address, refuses requests whose Host header names another machine: a web page whose domain name
 * was pointed at 127.0.0.1 (DNS rebinding) must not read the store through a visitor's browser.
 */
export function loopbackHostGuard(): MiddlewareHandler {
  return async (c, next) => {
    const host = c.req.header('host') ?? '';
    const name = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.replace(/:\d+$/, '');
    if (!isLoopbackHost(name)) throw new ApiError(403, 'bad_host', `this server answers requests for localhost only, not for ${host}`);
    await next();
  };
}
