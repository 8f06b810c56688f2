/**
 * The reading-list builder on /voor-professionals/leeslijst/ (progressive
 * enhancement; without it the form opens /leeslijst/ with the picks). Keeps a
 * short link, a QR code (drawn here: the address exists only on this device),
 * SVG and PNG downloads and a printable card in step with the ticked pages.
 */
import { plural, fmt } from '../i18n/format';
import { readingListBuilderScript as T } from '../i18n/nl/reading-list';
import { qrMatrix, qrPath } from '../lib/qr-encode';
import { readingListHref } from '../lib/reading-list';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Pixels per module in the PNG. */
const PNG_SCALE = 12;
const MARGIN = 4;

function svgMarkup(d: string, size: number): string {
  return `<svg xmlns="${SVG_NS}" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges"><rect width="${size}" height="${size}" fill="#fff"/><path d="${d}" fill="#000"/></svg>`;
}

function svgElement(d: string, size: number, label: string): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('shape-rendering', 'crispEdges');
  const bg = document.createElementNS(SVG_NS, 'rect');
  bg.setAttribute('width', String(size));
  bg.setAttribute('height', String(size));
  bg.setAttribute('fill', '#fff');
  const path = document.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', d);
  path.setAttribute('fill', '#000');
  svg.append(bg, path);
  return svg;
}

function pngDataUrl(m: boolean[][]): string {
  const size = m.length + MARGIN * 2;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size * PNG_SCALE;
  const ctx = canvas.getContext('2d');
  if (!ctx) return '';
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = '#000';
  m.forEach((row, y) => row.forEach((dark, x) => dark && ctx.fillRect((x + MARGIN) * PNG_SCALE, (y + MARGIN) * PNG_SCALE, PNG_SCALE, PNG_SCALE)));
  return canvas.toDataURL('image/png');
}

export function initReadingListBuilder(doc: Document): void {
  const form = doc.querySelector<HTMLFormElement>('[data-list-builder]');
  const result = doc.querySelector<HTMLElement>('[data-list-result]');
  if (!form || !result) return;
  const max = Number(form.dataset['max']);
  const site = form.dataset['site']!;
  const q = <E extends Element>(sel: string) => result.querySelector<E>(sel)!;
  const link = q<HTMLAnchorElement>('[data-list-link]');
  const short = q<HTMLElement>('[data-list-short]');
  const titles = q<HTMLOListElement>('[data-list-titles]');
  const qr = q<HTMLElement>('[data-list-qr]');
  const svgLink = q<HTMLAnchorElement>('[data-list-svg]');
  const pngLink = q<HTMLAnchorElement>('[data-list-png]');
  const count = form.querySelector<HTMLElement>('[data-list-count]')!;
  const pages = () => [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];

  const update = () => {
    const phase = form.querySelector<HTMLInputElement>('input[type="radio"]:checked');
    const picked = pages().filter((b) => b.checked);
    const chosen = [...(phase?.value ? [phase] : []), ...picked].slice(0, max);
    const full = chosen.length >= max;
    pages().forEach((b) => (b.disabled = full && !b.checked));
    count.textContent = chosen.length === 0 ? T.none : full ? `${plural(T.count, chosen.length)} ${fmt(T.tooMany, { max })}` : plural(T.count, chosen.length);
    result.hidden = chosen.length === 0;
    if (chosen.length === 0) return;
    const url = new URL(readingListHref(chosen.map((b) => b.value)), site).href;
    link.href = url;
    link.textContent = url;
    short.textContent = url.replace(/^https?:\/\//, '');
    titles.replaceChildren(
      ...chosen.map((b) => {
        const li = doc.createElement('li');
        li.textContent = b.dataset['title'] ?? '';
        return li;
      }),
    );
    const m = qrMatrix(url);
    const size = m.length + MARGIN * 2;
    const d = qrPath(m, MARGIN);
    qr.replaceChildren(svgElement(d, size, fmt(T.qrLabel, { url })));
    qr.dataset['qrUrl'] = url;
    svgLink.href = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgMarkup(d, size))}`;
    pngLink.href = pngDataUrl(m);
  };

  form.addEventListener('change', update);
  form.addEventListener('submit', (e) => {
    // The same list, with the short link instead of the form's "p=a&p=b".
    if (link.href && !result.hidden) {
      e.preventDefault();
      const target = new URL(link.href);
      window.location.assign(target.pathname + target.search);
    }
  });
  q<HTMLButtonElement>('[data-list-print]').addEventListener('click', () => window.print());
  const copy = q<HTMLButtonElement>('[data-list-copy]');
  if (!navigator.clipboard?.writeText) copy.hidden = true;
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(link.href);
      count.textContent = T.copied;
    } catch {
      count.textContent = T.copyFailed;
    }
  });
  update();
}
