import { describe, expect, it } from 'vitest';
import { createHttpHubTransport, HubUnreachableError, requestPairing, type HubFetch } from '../../../../shared/sync/httpHubTransport';

type Call = { url: string; headers: Record<string, string>; body: string };

function fakeFetch(reply: { status: number; text: string } | Error): { fetch: HubFetch; calls: Call[] } {
  const calls: Call[] = [];
  const fetch: HubFetch = async (url, init) => {
    calls.push({ url, headers: init.headers, body: init.body });
    if (reply instanceof Error) throw reply;
    return { status: reply.status, text: async () => reply.text };
  };
  return { fetch, calls };
}

describe('createHttpHubTransport', () => {
  it('POSTs the body as JSON to /v1/<endpoint> with the device token, and returns status and parsed body', async () => {
    const { fetch, calls } = fakeFetch({ status: 200, text: '{"nextSeq":4}' });
    const transport = createHttpHubTransport({ hubUrl: 'http://127.0.0.1:8080/', token: 'tok', fetch });
    expect(await transport.send('status', { deviceId: 'd1' })).toEqual({ status: 200, body: { nextSeq: 4 } });
    expect(calls).toEqual([
      { url: 'http://127.0.0.1:8080/v1/status', headers: { 'content-type': 'application/json', authorization: 'Bearer tok' }, body: '{"deviceId":"d1"}' },
    ]);
  });

  it('resolves with refusals (4xx) as they are, for the engine to read', async () => {
    const { fetch } = fakeFetch({ status: 409, text: '{"error":{"code":"seq_gap","message":"expected 3"}}' });
    const transport = createHttpHubTransport({ hubUrl: 'http://hub', token: 't', fetch });
    expect(await transport.send('push', {})).toEqual({ status: 409, body: { error: { code: 'seq_gap', message: 'expected 3' } } });
  });

  it('rejects with HubUnreachableError naming the URL when the connection fails', async () => {
    const { fetch } = fakeFetch(new Error('connect ECONNREFUSED'));
    const transport = createHttpHubTransport({ hubUrl: 'http://hub', token: 't', fetch });
    await expect(transport.send('pull', {})).rejects.toThrow(new HubUnreachableError('http://hub/v1/pull', 'connect ECONNREFUSED'));
  });

  it('rejects when the reply is not JSON (a proxy page, a cut reply), saying what came back', async () => {
    const { fetch } = fakeFetch({ status: 502, text: '<html>Bad Gateway</html>' });
    const transport = createHttpHubTransport({ hubUrl: 'http://hub', token: 't', fetch });
    await expect(transport.send('pull', {})).rejects.toThrow(/http:\/\/hub\/v1\/pull did not answer: HTTP 502 with a reply that is not JSON \(<html>Bad Gateway/);
  });
});

describe('requestPairing', () => {
  it('POSTs the pairing request to /v1/pair without a token', async () => {
    const { fetch, calls } = fakeFetch({ status: 200, text: '{"token":"x"}' });
    const reply = await requestPairing(fetch, 'https://hub.example.com', { schemaVersion: 1, code: 'ABCD-EFGH', deviceId: 'd1', deviceName: 'laptop' });
    expect(reply).toEqual({ status: 200, body: { token: 'x' } });
    expect(calls[0]?.url).toBe('https://hub.example.com/v1/pair');
    expect(calls[0]?.headers.authorization).toBeUndefined();
  });
});
