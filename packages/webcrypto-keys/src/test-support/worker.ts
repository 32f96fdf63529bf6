/**
 * Test worker run inside workerd: `/import` performs raw importKey calls (the differential oracle);
 * `/validate` runs this package's validateSecretKey (proof that it is runtime-agnostic).
 */
import { validateSecretKey } from "../index.js";

interface ImportCall {
  format: string;
  data: string | JsonWebKey;
  algorithm: unknown;
  usages: unknown;
}

function bytes(b64: string): Uint8Array<ArrayBuffer> {
  const s = atob(b64);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

async function importOne(
  call: ImportCall,
): Promise<{ ok: boolean; type?: string; name?: string; message?: string }> {
  try {
    const data = typeof call.data === "string" ? bytes(call.data) : call.data;
    // The oracle passes whatever the case holds, valid or not: the casts only satisfy the overloads.
    const key = await crypto.subtle.importKey(
      call.format as "raw",
      data as BufferSource,
      call.algorithm as AlgorithmIdentifier,
      false,
      call.usages as KeyUsage[],
    );
    return { ok: true, type: key.type };
  } catch (e) {
    const err = e as Error;
    return { ok: false, name: err.name, message: err.message };
  }
}

export default {
  async fetch(request: Request): Promise<Response> {
    const url = new URL(request.url);
    if (request.method !== "POST") return new Response("ready");
    const body = (await request.json()) as unknown[];
    if (url.pathname === "/import") {
      const out = [];
      for (const call of body) out.push(await importOne(call as ImportCall));
      return Response.json(out);
    }
    if (url.pathname === "/validate") {
      const out = [];
      for (const secret of body) out.push(await validateSecretKey(secret));
      return Response.json(out);
    }
    return new Response("not found", { status: 404 });
  },
};
