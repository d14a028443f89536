import { decodeText } from '../io/decode.js';
import { InputProblem } from '../io/input.js';
import { PACKAGE_VERSION } from '../version.js';

export interface FetchOptions {
  /** Give up on a page that has not fully arrived in this time. */
  timeoutMs: number;
  /** Largest body accepted, in bytes. */
  maxBytes: number;
}

export interface FetchedPage {
  /** Where the page was found in the end (after redirects). */
  url: string;
  contentType: string;
  text: string;
}

/**
 * Fetches a page over HTTP(S) as text, within the time limit; any failure (no network, no such host, a refused
 * connection, an HTTP error, no answer in time) becomes an InputProblem that says which.
 */
export async function fetchPage(url: string, options: FetchOptions): Promise<FetchedPage> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  let response: Response;
  try {
    response = await fetch(url, { signal, redirect: 'follow', headers: { 'user-agent': `kroniek/${PACKAGE_VERSION}` } });
    if (!response.ok) throw new InputProblem(`could not fetch ${url}: HTTP ${response.status} ${response.statusText}`.trim());
    const length = Number(response.headers.get('content-length') ?? 0);
    if (length > options.maxBytes) throw new InputProblem(`could not fetch ${url}: ${length} bytes, over the limit of ${options.maxBytes}`);
    const body = Buffer.from(await response.arrayBuffer());
    if (body.length > options.maxBytes) throw new InputProblem(`could not fetch ${url}: over the limit of ${options.maxBytes} bytes`);
    return { url: response.url || url, contentType: response.headers.get('content-type') ?? '', text: decodeText(body) };
  } catch (error) {
    if (error instanceof InputProblem) throw error;
    throw new InputProblem(`could not fetch ${url}: ${failureReason(error, signal, options.timeoutMs)}`);
  }
}

function failureReason(error: unknown, signal: AbortSignal, timeoutMs: number): string {
  if (signal.aborted) return `no answer within ${timeoutMs / 1000} s`;
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  switch (cause?.code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'host not found (is there a network?)';
    case 'ECONNREFUSED':
      return 'connection refused';
    case 'ENETUNREACH':
    case 'EHOSTUNREACH':
      return 'network unreachable';
    case 'ECONNRESET':
      return 'connection reset';
  }
  return cause?.message ?? (error instanceof Error ? error.message : String(error));
}
