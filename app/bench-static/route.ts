// A truly static page of this app, rendered once at build time: `npm run bench` measures it beside the real
// pages so the ratio shows how close they come to what the framework (and the server's security headers) can serve.
export const dynamic = "force-static";

export function GET() {
  return new Response("<!doctype html><html lang=\"en\"><head><title>Static</title></head><body><p>Static page.</p></body></html>", {
    headers: { "content-type": "text/html; charset=utf-8" },
  });
}
