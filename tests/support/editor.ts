/**
 * The local editor's server (src/redactie/server.ts) for the tests of one
 * describe block: started on a free 127.0.0.1 port before its first test,
 * closed after its last. `make` runs at that moment, so it may use a content
 * copy another beforeAll prepared.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';

export function useEditorServer(make: () => Server): { readonly base: string } {
  let base = '';
  let server: Server | undefined;
  beforeAll(async () => {
    server = make();
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));
  return {
    get base() {
      return base;
    },
  };
}
