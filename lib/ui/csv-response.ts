// CSV downloads. A UTF-8 byte-order mark goes first: without it Excel, which the business unit opens these in,
// reads the file in the Windows code page and garbles "2021–22" and names with accents.
export const UTF8_BOM = "\uFEFF";

export function csvResponse(body: string, fileName: string, cacheControl = "private, no-store"): Response {
  return new Response(UTF8_BOM + body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": cacheControl,
    },
  });
}
