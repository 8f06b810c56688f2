/**
 * The editor's forms, made from the content schemas (src/model/schemas.ts):
 * each field's Dutch label, hint and widget come from its `.meta()`, the
 * choices of a select from the schema itself. formValues() turns a submitted
 * form back into field values for saveEntry() (src/redactie/store.ts).
 * Nested fields (sources, card options, evidence) are edited as YAML text.
 */
import { stringify, parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { COLLECTIONS, fieldMeta, type FieldMeta } from '../model/schemas.ts';
import type { ContentProblem } from '../model/read.ts';
import type { Editable, StoredEntry } from './store.ts';
import { allowedValues, COMPONENT_SPECS, type ComponentSpec } from './components.ts';
import { hasReviewed, REVIEW_FIELD, reviewLabel, todayIso, type ReviewChoice } from './reviewed.ts';

export interface FormField extends FieldMeta {
  name: string;
  /** Allowed values of a select or multiselect. */
  choices: (string | number)[];
  /** Numbers (phases) rather than strings. */
  numeric: boolean;
  optional: boolean;
}

type Def = { type: string; innerType?: z.ZodType; element?: z.ZodType; entries?: Record<string, string>; values?: unknown[] };
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Unwrap defaults, optionals and arrays to the schema of one value. */
function leaf(schema: z.ZodType): { leaf: z.ZodType; optional: boolean } {
  let s = schema;
  let optional = false;
  for (;;) {
    const d = defOf(s);
    if ((d.type === 'optional' || d.type === 'default') && d.innerType) {
      optional = true;
      s = d.innerType;
    } else if (d.type === 'array' && d.element) s = d.element;
    else return { leaf: s, optional };
  }
}

function choicesOf(schema: z.ZodType): (string | number)[] {
  const d = defOf(schema);
  if (d.type === 'enum' && d.entries) return Object.values(d.entries);
  if (d.type === 'literal' && d.values) return d.values as (string | number)[];
  return [];
}

export function formFields(collection: Editable): FormField[] {
  const shape = (COLLECTIONS[collection].schema as unknown as { shape: Record<string, z.ZodType> }).shape;
  return Object.entries(shape).map(([name, schema]) => {
    const meta = fieldMeta(schema) ?? { label: name, help: '', widget: 'text' as const };
    const { leaf: value, optional } = leaf(schema);
    const choices = choicesOf(value);
    return { ...meta, name, choices, numeric: choices.length > 0 && choices.every((c) => typeof c === 'number'), optional };
  });
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const asText = (v: unknown): string => (v === undefined || v === null ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : String(v));
const NESTED = new Set(['sources', 'group', 'groups']);
// Every <textarea> starts with a newline: HTML drops the first one, so text that starts with a blank line keeps it.

/** What a control points screen readers to: its help text, and its error messages when the save was refused. */
const describedBy = (id: string, invalid: boolean) => `aria-describedby="${id}-hulp${invalid ? ` ${id}-fout` : ''}"${invalid ? ' aria-invalid="true"' : ''}`;

/** The error messages of one field, with the id its control's aria-describedby names. */
const messages = (id: string, problems: readonly ContentProblem[]) =>
  problems.length ? `<div id="${id}-fout">${problems.map((p) => `<p class="melding">${esc(p.message)}</p>`).join('')}</div>` : '';

function control(f: FormField, value: unknown, invalid = false): string {
  const id = `veld-${f.name}`;
  const name = `name="${esc(f.name)}" id="${id}" ${describedBy(id, invalid)}`;
  switch (f.widget) {
    case 'textarea':
      return `<textarea ${name} rows="3">\n${esc(asText(value))}</textarea>`;
    case 'select':
      return `<select ${name}>${f.optional ? '<option value=""></option>' : ''}${f.choices.map((c) => `<option${c === value ? ' selected' : ''}>${esc(String(c))}</option>`).join('')}</select>`;
    case 'multiselect': {
      const picked = Array.isArray(value) ? value : [];
      // The chosen ones first, in their stored order, so an unchanged save keeps the order.
      const ordered = [...picked.filter((c) => f.choices.includes(c as string | number)), ...f.choices.filter((c) => !picked.includes(c))];
      // The fieldset around them (renderForm) names the group; the first box carries the field's id.
      return `<span>${ordered.map((c, i) => `<label class="keuze"><input type="checkbox" name="${esc(f.name)}" value="${esc(String(c))}"${i === 0 ? ` id="${id}"` : ''}${picked.includes(c) ? ' checked' : ''}> ${esc(String(c))}</label>`).join(' ')}</span><input type="hidden" name="${esc(f.name)}" value="">`;
    }
    case 'date':
      return `<input type="date" ${name} value="${esc(asText(value))}">`;
    case 'number':
      return `<input type="number" ${name} value="${esc(asText(value))}">`;
    case 'checkbox':
      return `<input type="hidden" name="${esc(f.name)}" value="nee"><input type="checkbox" ${name} value="ja"${value === true ? ' checked' : ''}>`;
    case 'list':
    case 'references':
      return `<textarea ${name} rows="4">\n${esc((Array.isArray(value) ? value : []).map(asText).join('\n'))}</textarea>`;
    case 'reference':
    case 'text':
      return `<input type="text" ${name} value="${esc(asText(value))}">`;
    default:
      return `<textarea ${name} rows="10" class="yaml">\n${esc(value === undefined ? '' : stringify(value, { lineWidth: 0 }))}</textarea>`;
  }
}

const HINTS: Partial<Record<FormField['widget'], string>> = {
  list: 'Eén per regel.',
  references: 'Eén id per regel.',
  sources: 'In YAML: per bron title, publisher en url.',
  group: 'In YAML.',
  groups: 'In YAML.',
};

/** The choice next to Opslaan for an entry with a `reviewed` date (src/redactie/reviewed.ts), with its problem after a refused save. */
function reviewField(review: ReviewChoice, problems: readonly ContentProblem[]): string {
  const id = 'veld-gecontroleerd';
  return `<div class="veld${problems.length ? ' fout' : ''}"><input type="checkbox" name="${REVIEW_FIELD}" id="${id}" value="ja" ${describedBy(id, problems.length > 0)}${review.ticked ? ' checked' : ''}> <label for="${id}">${esc(reviewLabel(review.today))}</label>
<p class="hulp" id="${id}-hulp">Verander je iets aan de inhoud, dan vraagt de redactie om een nieuwe datum bij ‘Laatst gecontroleerd’. Vink dit aan als je de feiten vandaag naast de bronnen hebt gelegd. Of vul zelf de datum van je controle in. Zonder wijziging hoef je niets aan te vinken; vink je het toch aan, dan wordt alleen de datum bijgewerkt.</p>
${messages(id, problems)}</div>`;
}

/** The edit page of one entry, with the problems of a refused save above the form and at their fields. */
export function renderForm(entry: StoredEntry, values: Record<string, unknown> = entry.raw, body: string | null = entry.body, problems: readonly ContentProblem[] = [], saved = '', extra = '', top = '', review: ReviewChoice = { ticked: false, today: todayIso(new Date()) }): string {
  const fields = formFields(entry.collection);
  const problemOf = (name: string) => problems.filter((p) => p.field === name || p.field.startsWith(`${name}.`));
  const rows = fields.map((f) => {
    const own = problemOf(f.name);
    const id = `veld-${esc(f.name)}`;
    const help = `<p class="hulp" id="${id}-hulp">${esc(f.help)}${HINTS[f.widget] ? ` ${HINTS[f.widget]}` : ''}</p>
${messages(id, own)}`;
    // A group of checkboxes is named by a fieldset and its legend; every other field by its label.
    if (f.widget === 'multiselect')
      return `<fieldset class="veld${own.length ? ' fout' : ''}" ${describedBy(id, own.length > 0)}><legend>${esc(f.label)} <small>(${esc(f.name)})</small></legend>
${help}${control(f, values[f.name])}</fieldset>`;
    return `<div class="veld${own.length ? ' fout' : ''}"><label for="${id}">${esc(f.label)}</label> <small>(${esc(f.name)})</small>
${help}${control(f, values[f.name], own.length > 0)}</div>`;
  });
  const bodyField =
    body === null
      ? ''
      : `<div class="veld${problemOf('body').length ? ' fout' : ''}"><label for="veld-body">Tekst (MDX)</label><p class="hulp" id="veld-body-hulp">De tekst onder de kop. Begin met wat het belangrijkst is; koppen als vraag (##); onderdelen als &lt;Note&gt; en &lt;Later&gt; mogen blijven staan. Een onderdeel toevoegen: zie <a href="#onderdelen">Onderdeel invoegen</a> onder het formulier.</p>${messages('veld-body', problemOf('body'))}<textarea name="__body" id="veld-body" rows="24" ${describedBy('veld-body', problemOf('body').length > 0)}>\n${esc(body)}</textarea></div>`;
  const summary = saveOutcome(problems, saved);
  return page(
    `${COLLECTIONS[entry.collection].label}: ${entry.id}`,
    `<p><a href="/">Alle content</a></p><h1>${esc(entry.id)}</h1><p><code>${esc(entry.file)}</code></p>${top}${summary}
<form method="post" action="/bewerk?c=${encodeURIComponent(entry.collection)}&amp;id=${encodeURIComponent(entry.id)}">
${rows.join('\n')}
${bodyField}
${hasReviewed(entry.collection) ? reviewField(review, problemOf(REVIEW_FIELD)) : ''}<p><button type="submit">Opslaan</button></p>
</form>${extra}`,
  );
}

/** One component's insert form: its props as fields; it opens the finished snippet in a new tab (no script needed). */
function componentForm(spec: ComponentSpec, dir: string): string {
  const fid = (p: string) => `onderdeel-${spec.name}-${p}`;
  const fields = spec.props.map((p) => {
    const allowed = allowedValues(p, dir);
    const label = `<label for="${fid(p.name)}">${esc(p.label)}</label> <small>(${esc(p.name)}${p.required ? '' : ', mag leeg'})</small><p class="hulp">${esc(p.help)}</p>`;
    const input = allowed
      ? `<select name="${esc(p.name)}" id="${fid(p.name)}">${p.required ? '' : '<option value=""></option>'}${allowed.map((v) => `<option>${esc(v)}</option>`).join('')}</select>`
      : p.list
        ? `<textarea name="${esc(p.name)}" id="${fid(p.name)}" rows="3"></textarea>`
        : `<input type="text" name="${esc(p.name)}" id="${fid(p.name)}">`;
    return `<div class="veld">${label}${input}</div>`;
  });
  const inner = spec.children ? `<div class="veld"><label for="${fid('tekst')}">Inhoud van het blok</label><textarea name="__tekst" id="${fid('tekst')}" rows="3"></textarea></div>` : '';
  return `<details><summary>${esc(spec.label)} <code>&lt;${esc(spec.name)}&gt;</code></summary><p class="hulp">${esc(spec.help)}${spec.inside ? ` Alleen binnen &lt;${esc(spec.inside)}&gt;.` : ''}</p>
<form method="get" action="/onderdeel" target="_blank"><input type="hidden" name="naam" value="${esc(spec.name)}">${fields.join('')}${inner}<p><button type="submit">Maak de code voor ${esc(spec.label)}</button></p></form></details>`;
}

/** The list of the site's MDX components with an insert form each, for an entry with a body. */
export function renderComponentForms(dir: string): string {
  return `<section id="onderdelen"><h2>Onderdeel invoegen</h2><p class="hulp">De onderdelen die je in de tekst mag gebruiken. Vul de velden in en kies “Maak de code”: in een nieuw tabblad staat de code om te kopiëren en in de tekst te plakken. Je wijzigingen hier blijven staan.</p>
${COMPONENT_SPECS.map((s) => componentForm(s, dir)).join('\n')}</section>`;
}

/** The page with a finished snippet to copy, or the problems with it. */
export function renderSnippet(spec: ComponentSpec, code: string, problems: readonly string[]): string {
  return page(
    `Code voor ${spec.label}`,
    `<h1>${esc(spec.label)}</h1>${problems.length ? `<div class="fouten" role="alert"><h2>Nog niet goed</h2><ul>${problems.map((p) => `<li>${esc(p)}</li>`).join('')}</ul></div>` : ''}
<div class="veld"><label for="code">Kopieer deze code en plak hem in de tekst</label><textarea id="code" rows="6" readonly>\n${esc(code)}</textarea></div>
<p>Sluit dit tabblad daarna; je formulier staat nog open in het andere tabblad.</p>`,
  );
}

export function page(title: string, main: string): string {
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(title)} · Redactie</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:52rem;margin:1rem auto;padding:0 1rem;color:#1d1d1b}label{font-weight:bold}
.veld{margin:1.2rem 0}fieldset.veld{border:0;padding:0}fieldset.veld legend{padding:0;font-weight:700}.hulp{margin:.1rem 0 .3rem;color:#444;font-size:.9em}input[type=text],textarea,select{width:100%;box-sizing:border-box;font:inherit}
.yaml,#veld-body{font-family:ui-monospace,monospace;font-size:.9em}.fout textarea,.fout input,.fout select{border:2px solid #b00020}.melding,.fouten{color:#b00020}
.keuze{font-weight:normal;margin-right:1rem}.opgeslagen{background:#e6f2ef;padding:.5rem}</style></head>
<body><main>${main}</main></body></html>`;
}

/** Field values from a submitted form; a problem for nested YAML that does not parse. */
export function formValues(collection: Editable, form: URLSearchParams): { values: Record<string, unknown>; body: string | undefined; problems: ContentProblem[] } {
  const values: Record<string, unknown> = {};
  const problems: ContentProblem[] = [];
  const num = (f: FormField, v: string) => (f.numeric ? Number(v) : v);
  for (const f of formFields(collection)) {
    if (!form.has(f.name)) continue;
    const all = form.getAll(f.name);
    const one = (all[all.length - 1] ?? '').replace(/\r\n/g, '\n');
    switch (f.widget) {
      case 'multiselect':
        values[f.name] = all.filter((v) => v !== '').map((v) => num(f, v));
        break;
      case 'checkbox':
        values[f.name] = all.includes('ja');
        break;
      case 'number':
        values[f.name] = one.trim() === '' ? undefined : Number(one);
        break;
      case 'select':
        values[f.name] = one === '' ? undefined : num(f, one);
        break;
      case 'list':
      case 'references':
        values[f.name] = one
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean);
        break;
      case 'text':
      case 'textarea':
      case 'date':
      case 'reference':
        values[f.name] = one === '' && f.optional ? undefined : one;
        break;
      default:
        if (NESTED.has(f.widget)) {
          try {
            values[f.name] = one.trim() === '' ? undefined : (parseYaml(one) as unknown);
          } catch {
            problems.push({ file: '', field: f.name, message: `Het veld "${f.name}" (${f.label}) is geen geldige YAML. Kijk naar de inspringing en de dubbele punten.` });
          }
        }
    }
  }
  const body = form.get('__body');
  return { values, body: body === null ? undefined : body.replace(/\r\n/g, '\n'), problems };
}

/** What the last save did: the refusal with every problem (an alert), or the saved message (a status). */
function saveOutcome(problems: readonly ContentProblem[], saved: string): string {
  if (problems.length) return `<div class="fouten" role="alert"><h2>Niet opgeslagen</h2><ul>${problems.map((p) => `<li>${esc(p.message)}</li>`).join('')}</ul></div>`;
  return saved ? `<p class="opgeslagen" role="status">${esc(saved)}</p>` : '';
}

/** The synonyms form: one text box, one word group per line (src/redactie/synonyms.ts). */
export function renderSynonymsForm(file: string, lines: string, field: { label: string; help: string }, problems: readonly ContentProblem[] = [], saved = '', top = ''): string {
  const summary = saveOutcome(problems, saved);
  return page(
    `${COLLECTIONS.synonyms.label}`,
    `<p><a href="/">Alle content</a></p><h1>${esc(COLLECTIONS.synonyms.label)}</h1><p><code>${esc(file)}</code></p>${top}${summary}
<form method="post" action="/bewerk?c=synonyms&amp;id=alle">
<div class="veld${problems.length ? ' fout' : ''}"><label for="veld-words">${esc(field.label)}</label> <small>(words)</small>
<p class="hulp" id="veld-words-hulp">${esc(field.help)} Eén groep per regel, de woorden gescheiden door komma’s. Een nieuwe regel is een nieuwe groep; haal een regel weg om een groep te schrappen.</p>
${messages('veld-words', problems)}<textarea name="words" id="veld-words" ${describedBy('veld-words', problems.length > 0)} rows="30">\n${esc(lines)}</textarea></div>
<p><button type="submit">Opslaan</button></p>
</form>`,
  );
}
