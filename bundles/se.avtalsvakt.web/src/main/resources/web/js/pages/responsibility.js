// Ansvar för hjälpmedel: a coordinator picks the aid's purpose and setting and reads who is responsible.
import { ApiError, api } from '../api.js';
import { h, notice } from '../dom.js';

const AGREEMENT = 'overenskommelse-skola';
const PURPOSES = [['PERSONAL', 'Personligt förskrivet hjälpmedel'], ['PEDAGOGICAL', 'Pedagogiskt hjälpmedel'],
  ['BASIC_EQUIPMENT', 'Grundutrustning']];
const SETTINGS = [['PRESCHOOL', 'Förskola'], ['SCHOOL', 'Skola'], ['DAILY_ACTIVITY', 'Daglig verksamhet (LSS)']];

function choice(id, label, options, selected) {
  return h('p', { class: 'field' }, h('label', { for: id }, label),
    h('select', { id, name: id }, options.map(([v, text]) => h('option', { value: v, selected: v === selected }, text))));
}

export function responsibilityPage(view, ctx) {
  const purpose = ctx.params.get('syfte') ?? 'PEDAGOGICAL';
  const setting = ctx.params.get('verksamhet') ?? 'SCHOOL';
  const answer = h('div', { id: 'ansvar-svar', 'aria-live': 'polite' });
  const form = h('form', { class: 'card', id: 'ansvar-form' },
    h('p', {}, 'Vem som ansvarar för ett hjälpmedel beror på syftet med det, enligt överenskommelsen om hjälpmedel i förskola, skola och daglig verksamhet.'),
    choice('syfte', 'Hjälpmedlets syfte', PURPOSES, purpose),
    choice('verksamhet', 'Verksamhet', SETTINGS, setting),
    h('p', {}, h('button', { type: 'submit', class: 'button' }, 'Visa ansvarig')));
  view.append(h('h1', {}, 'Ansvar för hjälpmedel'), form, answer);

  async function show(p, s) {
    answer.replaceChildren(h('p', { class: 'loading' }, 'Hämtar …'));
    try {
      const r = await api(`/responsibility?agreement=${AGREEMENT}&purpose=${p}&setting=${s}`);
      answer.replaceChildren(h('section', { class: 'card', 'data-principal': r.principal },
        h('h2', {}, r.principalName),
        h('p', {}, r.reason),
        h('p', { class: 'muted' }, r.source ?? '',
          r.publicAndPrivate ? '. Gäller både offentlig och privat verksamhet.' : '')));
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) {
        answer.replaceChildren(notice('Överenskommelsen anger ingen ansvarig huvudman för det syftet i den verksamheten. '
          + 'Ta upp frågan i en gemensam planering med berörda aktörer.', 'info'));
      } else {
        answer.replaceChildren(notice(`Kunde inte hämta svaret: ${e.message}`, 'error'));
      }
    }
  }
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const p = form.querySelector('#syfte').value;
    const s = form.querySelector('#verksamhet').value;
    history.replaceState(null, '', `#/ansvar?syfte=${p}&verksamhet=${s}`);
    show(p, s);
  });
  show(purpose, setting);
  return 'Ansvar för hjälpmedel';
}
