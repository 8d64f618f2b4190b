import type { VNode } from "preact";
import { renderToStaticMarkup } from "preact-render-to-string";

/** A preact element as an HTML string (text and attribute values escaped by the renderer). */
export function toHtml(node: VNode): string {
  return renderToStaticMarkup(node);
}
