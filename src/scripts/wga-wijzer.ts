/**
 * The WGA wijzer: three answers in, the matching explanations shown. All texts
 * are in the page's HTML (data-r="..."); this script only picks which to show.
 * Nothing is sent or stored.
 */

/** Which result blocks apply to the answers (pure, for tests). */
export function wgaResults(wekeneis: string, klasse: string, verdienen: string): string[] {
  if (klasse === 'onder35') return ['geen', 'altijd'];
  if (klasse === 'iva') return ['iva', 'altijd'];
  const out = klasse === 'onbekend' ? ['klasseOnbekend'] : [];
  out.push(wekeneis === 'ja' ? 'lguJa' : wekeneis === 'nee' ? 'lguNee' : 'lguOnbekend');
  if (klasse === '80') out.push('volledig');
  else if (verdienen === 'ja') out.push('loonaanvulling');
  else if (verdienen === 'nee') out.push(klasse === 'onbekend' ? 'vervolgAlgemeen' : `vervolg-${klasse}`);
  else out.push('fase2Onbekend');
  out.push('altijd');
  return out;
}

export function initWgaWijzer(doc: Document): void {
  const form = doc.querySelector<HTMLFormElement>('[data-wga-wijzer]');
  const result = doc.querySelector<HTMLElement>('[data-wga-result]');
  if (!form || !result) return;
  const section = form.closest('section');
  if (section) section.hidden = false;
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const data = new FormData(form);
    const get = (k: string) => String(data.get(k) ?? 'onbekend');
    const show = new Set(wgaResults(get('wekeneis'), get('klasse'), get('verdienen')));
    const items = result.querySelectorAll<HTMLElement>('[data-r]');
    // Keep the order of the answers: the blocks are listed in the HTML in reading order already.
    items.forEach((li) => (li.hidden = !show.has(li.dataset['r'] ?? '')));
    result.hidden = false;
    result.querySelector<HTMLElement>('h2')?.focus();
  });
}
