/**
 * Reading aids for a tired mind (progressive enhancement; one small deferred
 * module on reading pages, the home page, phase hubs and /bewaard/):
 *
 * - "Lees voor" reads the article aloud with the browser's own Dutch voice
 *   (Web Speech API), one sentence at a time. Only voices that run on the
 *   device itself (`localService`) are used, so no text leaves the device;
 *   without such a voice the button stays hidden. The sentence being read is
 *   marked with the CSS Custom Highlight API (`::highlight(lees-voor)`) and
 *   its block gets the class `lees-nu`; stopping removes both. Pausing stops
 *   the voice and "verder" starts the same sentence again, which works the
 *   same in every browser (speechSynthesis.pause() does not, on Android).
 * - "Bewaar voor later" and "verder waar je was", kept on this device only
 *   (src/lib/reading/storage.ts, which honours "niets bewaren"); the trail
 *   only after the reader said yes to it on /bewaard/.
 * - The list on /bewaard/ and the yes or no to "verder waar je was".
 * - "Deel de link" (`button[data-share]`, src/components/mdx/ShareWithRelative.astro):
 *   the phone's own share sheet (navigator.share), only where the browser has
 *   one; the button then takes the place of the note before it.
 *
 * Every text comes from the HTML (src/i18n/nl/reading.ts); this script only
 * shows, hides and fills elements.
 */
import { readLast, readSaved, setSaved, setTrail, trailOn, writeLast, type PageRef } from '../lib/reading/storage';
import { savingAllowed } from '../lib/saving-choice';
import { splitSentences } from '../lib/reading/sentences';

/** Block elements whose text is read aloud. */
const BLOCKS = 'h1,h2,h3,h4,p,li,dt,dd,th,td,caption,figcaption';
/**
 * Never read: navigation, controls (a glossary term's own word is read, its
 * pop-up is not, so that text never comes twice), screen-reader-only hints,
 * the small label above the title (.eyebrow), anything hidden or left out of
 * print, blocks of controls marked data-read-skip (the share block), and
 * folded <details>: we read what is visible. A reader who opens a
 * fold and presses "Lees voor" hears it too.
 */
const SKIP = 'nav,button:not(.term-btn),[hidden],[aria-hidden="true"],.sr-only,.term-pop,.eyebrow,.no-print,[data-read-skip],details:not([open])';
/** Speaking rates for "langzamer" and "sneller"; the middle one is the voice's own pace. */
const RATES = [0.6, 0.8, 1, 1.2, 1.4];
const NORMAL = 2;

export interface Sentence {
  /** What is spoken (spaces collapsed). */
  text: string;
  /** The text it covers on the page, one range per text node. */
  ranges: Range[];
  block: Element;
}

/** The sentences of `root` in reading order. */
export function collectSentences(root: Element): Sentence[] {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const groups: { block: Element; nodes: Text[] }[] = [];
  for (let n: Node | null; (n = walker.nextNode()); ) {
    const el = n.parentElement!;
    const block = el.closest(BLOCKS);
    if (!block || !root.contains(block) || el.closest(SKIP)) continue;
    const last = groups.at(-1);
    if (last?.block === block) last.nodes.push(n as Text);
    else groups.push({ block, nodes: [n as Text] });
  }
  return groups.flatMap(({ block, nodes }) => {
    const full = nodes.map((t) => t.data).join('');
    return splitSentences(full).map(([a, b]) => {
      const ranges: Range[] = [];
      let at = 0;
      for (const t of nodes) {
        const end = at + t.length;
        if (end > a && at < b) {
          const r = doc.createRange();
          r.setStart(t, Math.max(a - at, 0));
          r.setEnd(t, Math.min(b, end) - at);
          ranges.push(r);
        }
        at = end;
      }
      return { text: full.slice(a, b).replace(/\s+/g, ' '), ranges, block };
    });
  });
}

function readAloud(bar: HTMLElement, win: Window & typeof globalThis): void {
  const synth = win.speechSynthesis;
  const start = bar.querySelector<HTMLButtonElement>('[data-read]');
  const controls = bar.querySelector<HTMLElement>('[data-controls]');
  const article = bar.closest('article');
  if (!synth || !win.SpeechSynthesisUtterance || !start || !controls || !article) return;
  const [pause, stopButton, slower, faster] = controls.querySelectorAll('button') as unknown as HTMLButtonElement[];
  const highlights = win.CSS?.highlights;
  let voice: SpeechSynthesisVoice | undefined;
  let sentences: Sentence[] = [];
  let i = 0;
  let rate = NORMAL;
  let current: SpeechSynthesisUtterance | null = null;
  let block: Element | undefined;

  const mark = (s?: Sentence) => {
    block?.classList.remove('lees-nu');
    block = s?.block;
    if (!s) {
      highlights?.delete('lees-voor');
      return;
    }
    s.block.classList.add('lees-nu');
    highlights?.set('lees-voor', new Highlight(...s.ranges));
    s.block.scrollIntoView({ block: 'nearest' });
  };
  /** Silence the voice; the utterance that ends now must not start the next one. */
  const hush = () => {
    current = null;
    synth.cancel();
  };
  const stop = () => {
    hush();
    mark();
    const focusBack = controls.contains(win.document.activeElement);
    controls.hidden = true;
    start.hidden = false;
    if (focusBack) start.focus();
  };
  const speak = () => {
    const s = sentences[i];
    if (!s) return stop();
    mark(s);
    const u = (current = new win.SpeechSynthesisUtterance(s.text));
    u.voice = voice!;
    u.lang = voice!.lang;
    u.rate = RATES[rate]!;
    u.onend = () => {
      if (current !== u) return;
      i++;
      speak();
    };
    u.onerror = () => {
      if (current === u) stop();
    };
    synth.speak(u);
  };
  const paused = () => pause!.ariaPressed === 'true';
  const setRate = (step: number) => {
    rate = Math.min(Math.max(rate + step, 0), RATES.length - 1);
    slower!.ariaDisabled = String(rate === 0);
    faster!.ariaDisabled = String(rate === RATES.length - 1);
    if (!paused()) {
      hush();
      speak();
    }
  };

  start.onclick = () => {
    sentences = collectSentences(article);
    i = 0;
    pause!.ariaPressed = 'false';
    start.hidden = true;
    controls.hidden = false;
    pause!.focus();
    speak();
  };
  pause!.onclick = () => {
    pause!.ariaPressed = String(!paused());
    if (paused()) hush();
    else speak();
  };
  stopButton!.onclick = stop;
  slower!.onclick = () => setRate(-1);
  faster!.onclick = () => setRate(1);
  controls.onkeydown = (e) => {
    // A block body: an on* handler that returns false cancels the key, and then Enter and Space no longer press a button.
    if (e.key === 'Escape') stop();
  };
  win.addEventListener('pagehide', stop);

  const pickVoice = () => {
    const dutch = synth.getVoices().filter((v) => v.localService && /^nl([-_]|$)/i.test(v.lang));
    voice = dutch.find((v) => /^nl[-_]nl/i.test(v.lang)) ?? dutch[0];
    start.hidden = !voice || !controls.hidden;
    if (voice) bar.hidden = false;
  };
  pickVoice();
  synth.addEventListener?.('voiceschanged', pickVoice);
}

/** The list on /bewaard/: each saved page with a remove button; prints as a plain list. */
function savedList(list: HTMLElement, storage: Storage | null, doc: Document, origin: string): void {
  const el = (name: string) => doc.querySelector<HTMLElement>(`[data-saved-${name}]`)!;
  const template = el('item') as HTMLTemplateElement;
  const empty = el('empty');
  const allowed = savingAllowed(storage);
  el('nojs').hidden = true;
  el('off').hidden = allowed;
  const render = (focusAt?: number) => {
    const pages = readSaved(storage);
    list.replaceChildren(
      ...pages.map((p, k) => {
        const li = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
        const a = li.querySelector('a')!;
        a.href = p.path;
        a.textContent = p.title;
        li.querySelector('.sr-only')!.textContent = p.title;
        li.querySelector('.print-only')!.textContent = origin + p.path;
        li.querySelector('button')!.onclick = () => {
          setSaved(storage, p, false);
          render(k);
        };
        return li;
      }),
    );
    list.hidden = pages.length === 0;
    empty.hidden = !allowed || pages.length > 0;
    if (focusAt !== undefined) (list.children[Math.min(focusAt, pages.length - 1)]?.querySelector('button') ?? empty).focus();
  };
  render();
}

/** /bewaard/: "Wil je dat dit apparaat onthoudt waar je was?" Yes starts the trail; "zet uit" forgets it. */
function trailChoice(box: HTMLElement, storage: Storage | null, doc: Document): void {
  // The box is in the first paint (CSS shows it when scripts run), so nothing shifts; under "niets bewaren" it goes.
  if (!savingAllowed(storage)) {
    box.hidden = true;
    return;
  }
  const [ask, on] = box.querySelectorAll('p');
  const [yes, no] = box.querySelectorAll('button');
  const show = () => {
    const isOn = trailOn(storage);
    ask!.hidden = yes!.hidden = isOn;
    on!.hidden = no!.hidden = !isOn;
    if (!isOn) doc.querySelectorAll<HTMLElement>('[data-continue]').forEach((p) => (p.hidden = true));
  };
  yes!.onclick = () => {
    setTrail(storage, true);
    show();
    no!.focus();
  };
  no!.onclick = () => {
    setTrail(storage, false);
    show();
    yes!.focus();
  };
  show();
  box.hidden = false;
}

/** "Deel de link" where the browser can share; elsewhere the note stays. A cancelled share is no error. */
function shareButtons(doc: Document, win: Window & typeof globalThis): void {
  if (typeof win.navigator.share !== 'function') return;
  doc.querySelectorAll<HTMLButtonElement>('button[data-share]').forEach((button) => {
    const { share: url = '', shareTitle: title = '', shareText: text = '' } = button.dataset;
    button.onclick = () => void win.navigator.share({ title, text, url }).catch(() => undefined);
    (button.previousElementSibling as HTMLElement | null)?.setAttribute('hidden', '');
    button.hidden = false;
  });
}

export function initReadingAids(doc: Document, win: Window & typeof globalThis = window): void {
  let storage: Storage | null = null;
  try {
    storage = win.localStorage;
  } catch {
    // blocked: nothing is remembered
  }
  const here: PageRef = { path: win.location.pathname, title: doc.querySelector('h1')?.textContent?.trim() || doc.title };
  const last = readLast(storage);
  doc.querySelectorAll<HTMLElement>('[data-continue]').forEach((p) => {
    const a = p.querySelector('a')!;
    if (!last || last.path === here.path) return;
    a.href = last.path;
    a.textContent = last.title;
    p.hidden = false;
  });

  const bar = doc.querySelector<HTMLElement>('[data-reading]');
  if (bar) {
    if (bar.hasAttribute('data-remember')) writeLast(storage, here, new Date());
    const save = bar.querySelector<HTMLButtonElement>('[data-save]');
    const link = doc.querySelector<HTMLElement>('[data-saved-link]');
    if (save && link && savingAllowed(storage)) {
      // The link to the list appears only on a click: shown on load, it would push the text down.
      save.ariaPressed = String(readSaved(storage).some((p) => p.path === here.path));
      save.onclick = () => {
        const on = save.ariaPressed !== 'true';
        if (!setSaved(storage, here, on)) return;
        save.ariaPressed = String(on);
        link.hidden = !on;
      };
      save.hidden = bar.hidden = false;
    }
    readAloud(bar, win);
  }

  const list = doc.querySelector<HTMLElement>('[data-saved-list]');
  if (list) savedList(list, storage, doc, win.location.origin);
  const trail = doc.querySelector<HTMLElement>('[data-trail]');
  if (trail) trailChoice(trail, storage, doc);
  shareButtons(doc, win);
}
