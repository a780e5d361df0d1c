// The dashboard: login, menu and hash routing (#/avtal/…); each page is a module under pages/.
import { ApiError, checkLogin, forgetLogin, login, resetToday, saveLogin, api } from './api.js';
import { resetNames } from './names.js';
import { announce, h, notice } from './dom.js';
import { startPage } from './pages/start.js';
import { agreementList, agreementPage } from './pages/agreements.js';
import { compliancePage } from './pages/compliance.js';
import { supplierPage } from './pages/supplier.js';
import { reportsPage } from './pages/reports.js';
import { casesPage } from './pages/cases.js';
import { responsibilityPage } from './pages/responsibility.js';

const ROUTES = [
  { pattern: /^\/$/, page: startPage, nav: '#/' },
  { pattern: /^\/avtal$/, page: agreementList, nav: '#/avtal' },
  { pattern: /^\/avtal\/([a-z0-9-]+)$/, page: agreementPage, nav: '#/avtal' },
  { pattern: /^\/efterlevnad$/, page: compliancePage, nav: '#/efterlevnad' },
  { pattern: /^\/leverantorer$/, page: supplierPage, nav: '#/leverantorer' },
  { pattern: /^\/rapporter$/, page: reportsPage, nav: '#/rapporter' },
  { pattern: /^\/arenden$/, page: casesPage, nav: '#/arenden' },
  { pattern: /^\/ansvar$/, page: responsibilityPage, nav: '#/ansvar' },
];

const main = document.getElementById('main');
let me = null;
let firstRender = true;

function route() {
  const hash = location.hash.startsWith('#/') ? location.hash.slice(1) : '/';
  const [path, query] = hash.split('?');
  const params = new URLSearchParams(query ?? '');
  for (const r of ROUTES) {
    const match = r.pattern.exec(path);
    if (match) return { ...r, args: match.slice(1).map(decodeURIComponent), params };
  }
  return null;
}

function showShell(visible) {
  document.getElementById('nav').hidden = !visible;
  document.getElementById('user').hidden = !visible;
  document.getElementById('user-name').textContent = visible
    ? `${me.user} (${me.roles.includes('operator') ? 'handläggare' : 'läsbehörighet'})` : '';
}

function showLogin(message) {
  me = null;
  showShell(false);
  document.title = 'Logga in – Avtalsvakt';
  const error = h('p', { class: 'notice error', role: 'alert', hidden: !message, id: 'login-error' }, message ?? '');
  const user = h('input', { id: 'login-user', name: 'username', autocomplete: 'username', required: true });
  const password = h('input', {
    id: 'login-password', name: 'password', type: 'password', autocomplete: 'current-password', required: true,
  });
  const submit = h('button', { type: 'submit', class: 'button', id: 'login-submit' }, 'Logga in');
  const form = h('form', { id: 'login-form', class: 'card login', novalidate: true },
    h('h1', {}, 'Logga in'),
    h('p', {}, 'Logga in med ditt konto i Avtalsvakt, samma som för plattformens API.'),
    error,
    h('p', { class: 'field' }, h('label', { for: 'login-user' }, 'Användarnamn'), user),
    h('p', { class: 'field' }, h('label', { for: 'login-password' }, 'Lösenord'), password),
    h('p', {}, submit));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!user.value.trim() || !password.value) {
      error.hidden = false;
      error.textContent = 'Fyll i både användarnamn och lösenord.';
      (user.value.trim() ? password : user).focus();
      return;
    }
    submit.disabled = true;
    submit.textContent = 'Loggar in …';
    try {
      me = await checkLogin(user.value.trim(), password.value);
      saveLogin(user.value.trim(), password.value);
      resetToday();
      resetNames();
      render();
    } catch (e) {
      error.hidden = false;
      error.textContent = e instanceof ApiError && e.status === 401
        ? 'Fel användarnamn eller lösenord.'
        : `Inloggningen misslyckades: ${e.message}`;
      submit.disabled = false;
      submit.textContent = 'Logga in';
      password.select();
      password.focus();
    }
  });
  main.replaceChildren(form);
  user.focus();
}

async function render() {
  if (!login()) {
    showLogin();
    return;
  }
  if (!me) {
    try {
      me = await api('/me');
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) {
        showLogin('Din inloggning gäller inte längre. Logga in igen.');
        return;
      }
      if (e instanceof ApiError && e.status === 404) {
        me = { user: login().user, roles: ['viewer'] }; // an older platform without /me: read only
      } else {
        main.replaceChildren(notice(`Plattformen svarar inte: ${e.message}`, 'error'));
        return;
      }
    }
  }
  showShell(true);
  const current = route();
  for (const a of document.querySelectorAll('#nav a')) {
    if (current && a.getAttribute('href') === current.nav) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  const view = h('div', { class: 'view' });
  main.replaceChildren(view);
  if (!current) {
    document.title = 'Sidan finns inte – Avtalsvakt';
    view.append(h('h1', {}, 'Sidan finns inte'), h('p', {}, h('a', { href: '#/' }, 'Till översikten')));
  } else {
    const ctx = { me, canOperate: me.roles.includes('operator'), params: current.params };
    const title = current.page(view, ctx, ...current.args);
    document.title = `${title} – Avtalsvakt`;
  }
  if (!firstRender) {
    main.focus();
    announce(document.title);
  }
  firstRender = false;
}

document.getElementById('logout').addEventListener('click', () => {
  forgetLogin();
  me = null;
  location.hash = '#/';
  showLogin('Du är utloggad.');
});

document.getElementById('skip-link').addEventListener('click', (event) => {
  event.preventDefault();
  main.focus();
});

window.addEventListener('hashchange', () => {
  if (location.hash === '' || location.hash.startsWith('#/')) render();
});
window.addEventListener('avtalsvakt:logged-out', () => showLogin('Din inloggning gäller inte längre. Logga in igen.'));

render();
