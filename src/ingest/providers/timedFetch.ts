/**
 * One HTTP GET with a deadline that covers the headers and the whole body, turning every
 * failure into a {@link ProviderRequestError} that says whether a retry makes sense.
 */
import type { HttpDeps } from './provider.js';
import { ProviderRequestError, parseRetryAfter } from './providerRequestError.js';

/** Marks the deadline firing, so it is told apart from the fetch's own errors. */
const TIMED_OUT = Symbol('timed out');

/**
 * Fetches `url` with `http.fetch`, reading the whole body within `timeoutMs` (the request is aborted
 * when the deadline passes). Resolves to a fresh `Response` holding the body, for 2xx statuses
 * only. Rejects with a `ProviderRequestError`: `status` for any other status (with Retry-After),
 * `timeout`, or `network` when `fetch` itself throws. Messages name the host, never the query
 * (it may carry an API key). A Retry-After date is read against `http.clock`.
 */
export async function timedFetch(
  http: HttpDeps,
  url: string,
  timeoutMs: number,
  init: RequestInit = {},
): Promise<Response> {
  const host = new URL(url).host;
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), timeoutMs);
  });
  const work = (async () => {
    const response = await http.fetch(url, { ...init, signal: controller.signal });
    return { response, text: await response.text() };
  })();
  work.catch(() => undefined); // settles after a timeout too: never unhandled
  try {
    const got = await Promise.race([work, deadline]);
    if (got === TIMED_OUT) {
      controller.abort();
      throw new ProviderRequestError(
        'timeout',
        host,
        `no answer from ${host} within ${timeoutMs} ms`,
      );
    }
    return checkedResponse(got.response, got.text, host, http.clock.now().toMillis());
  } catch (err) {
    if (err instanceof ProviderRequestError) throw err;
    throw networkError(err, host, url);
  } finally {
    clearTimeout(timer);
  }
}

/** A copy of `response` with `text` as its body, or a `status` error for a non-2xx status. */
function checkedResponse(response: Response, text: string, host: string, nowMs: number): Response {
  const { status } = response;
  if (status < 200 || status > 299) {
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), nowMs);
    const reason = response.statusText ? ` ${response.statusText}` : '';
    throw new ProviderRequestError('status', host, `HTTP ${status}${reason} from ${host}`, {
      status,
      ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
    });
  }
  const body = text === '' ? null : text;
  return new Response(body, { status, statusText: response.statusText, headers: response.headers });
}

/** The `network` error for a fetch that threw; the URL's query is scrubbed from the message. */
function networkError(err: unknown, host: string, url: string): ProviderRequestError {
  const cause = (err as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
  const detail =
    typeof cause?.code === 'string' ? cause.code : err instanceof Error ? err.message : String(err);
  const query = new URL(url).search;
  const clean = (query ? detail.split(query).join('') : detail).split('\n')[0] ?? '';
  return new ProviderRequestError('network', host, `request to ${host} failed (${clean})`, {
    cause: err,
  });
}
