/**
 * Turns the SVG layers of an element's shadow root into one standalone SVG file: shapes
 * cloned (never re-parsed from strings), the element's resolved colours written into an
 * embedded stylesheet (a file has no access to the page's custom properties), interactive
 * leftovers removed. And the means to download it, or a PNG of it, without any network.
 */

/** Clones `nodes` into an `<svg>` of `width` x `height` with a title and a stylesheet; returns its source. */
export function standaloneSvg(options: { nodes: Element[]; width: number; height: number; title: string; css: string }): string {
  const ns = 'http://www.w3.org/2000/svg';
  const doc = document.implementation.createDocument(ns, 'svg', null);
  const root = doc.documentElement;
  root.setAttribute('xmlns', ns);
  root.setAttribute('width', String(options.width));
  root.setAttribute('height', String(options.height));
  root.setAttribute('viewBox', `0 0 ${options.width} ${options.height}`);
  const title = doc.createElementNS(ns, 'title');
  title.textContent = options.title;
  root.append(title);
  const style = doc.createElementNS(ns, 'style');
  style.textContent = options.css;
  root.append(style);
  for (const node of options.nodes) root.append(doc.importNode(clean(node.cloneNode(true) as Element), true));
  return new XMLSerializer().serializeToString(doc);
}

/** Drops what only the live element needs: template markers, focus rings, hit areas, keyboard attributes. */
function clean(node: Element): Element {
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  comments.forEach((c) => c.parentNode?.removeChild(c));
  node.querySelectorAll('.ring, .hit').forEach((n) => n.remove());
  for (const el of [node, ...node.querySelectorAll('*')]) {
    for (const attribute of ['tabindex', 'role', 'aria-pressed', 'aria-expanded', 'data-key', 'focusable', 'aria-hidden']) el.removeAttribute(attribute);
  }
  return node;
}

/** Offers `content` as a file named `name` (a blob URL, revoked once used). */
export function download(content: Blob, name: string): void {
  const url = URL.createObjectURL(content);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Offers the drawing `source` (an SVG document of `width` × `height`) as `title`.svg, or drawn as a PNG; nothing when empty. */
export async function saveDrawing(format: 'svg' | 'png', source: string, title: string, width: number, height: number): Promise<void> {
  if (!source) return;
  const name = `${fileNameFrom(title)}.${format}`;
  download(format === 'svg' ? new Blob([source], { type: 'image/svg+xml' }) : await svgToPng(source, width, height), name);
}

/** Renders an SVG source to a PNG at `scale` times its size. */
export async function svgToPng(svgSource: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgSource], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d')!;
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** A file name from a title: "Partenaires internationaux : CHU d'Angers" gives "partenaires-internationaux-chu-d-angers". */
export function fileNameFrom(title: string): string {
  return (
    title
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9\u0600-\u06ff]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'coop-widgets'
  );
}
