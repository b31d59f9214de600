/* Catalyse participant page. Every text from the server is shown with textContent, never as markup. */
"use strict";

const STRINGS = {
  fr: {
    other_lang: "English",
    code_label: "Code d'accès (affiché sous le QR code)",
    code_submit: "Entrer",
    join_intro: "Présentez-vous une fois : vos contributions porteront votre prénom et votre organisation.",
    first_name: "Prénom",
    organisation: "Organisation",
    organisation_hint: "Choisissez dans la liste ou tapez le nom de votre organisation.",
    organisation_kind: "Type d'organisation",
    choose_kind: "— choisissez le type —",
    err_kind: "Choisissez le type de votre organisation dans la liste.",
    err_unknown_organisation: "Cette organisation n'est pas encore connue : choisissez son type, puis « Participer ».",
    err_ambiguous_organisation: "Plusieurs organisations portent ce nom : précisez-le (ville, sigle…).",
    join_submit: "Participer",
    hello: "Bonjour {name} ({org})",
    tab_card: "Contribuer",
    tab_vote: "Voter",
    tab_commit: "S'engager",
    zone: "Zone du tableau",
    card_text: "Votre contribution",
    card_submit: "Envoyer",
    no_zone: "Aucune zone n'est ouverte pour le moment. Attendez le signal de l'animateur·rice.",
    no_vote: "Aucun vote en cours.",
    votes_left: "Votes restants : {n} sur {total}",
    vote: "Voter",
    no_alliance: "Aucune alliance n'est encore créée.",
    alliance: "Alliance",
    commit_text: "Ce que votre organisation engage",
    resource: "Type de ressource",
    quantity: "Quantité",
    due_date: "Échéance",
    unit: "Unité : {unit}",
    commit_submit: "Proposer l'engagement",
    leave: "Changer de nom ou d'organisation",
    published: "Merci ! Votre contribution est au tableau.",
    pending: "Merci ! L'animateur·rice va la relire avant de l'afficher.",
    commit_pending: "Merci ! Votre engagement sera relu en séance.",
    voted: "Vote enregistré.",
    offline: "Connexion au tableau perdue. Vérifiez que vous êtes sur le Wi-Fi de la salle.",
    queued: "Pas de réseau : en attente d'envoi. Ce que vous avez écrit est gardé et partira dès que la connexion revient.",
    err_bad_code: "Code d'accès incorrect.",
    code_changed: "Le code de la salle a changé : tapez celui affiché à l'écran, ou scannez le nouveau QR code.",
    err_not_joined: "Session expirée : présentez-vous à nouveau.",
    err_too_many: "Doucement ! Réessayez dans quelques secondes.",
    err_too_many_joins: "Trop de participant·es se sont présenté·es depuis ce téléphone. Réessayez dans quelques minutes ou demandez à l'animateur·rice.",
    err_zone_closed: "Cette zone vient d'être fermée.",
    zone_closed_pick: "La zone « {zone} » vient d'être fermée : choisissez-en une autre pour votre idée.",
    pick_zone: "— choisissez une zone —",
    err_no_vote: "Le vote est terminé.",
    err_no_votes_left: "Vous avez utilisé tous vos votes.",
    err_too_long: "Texte trop long.",
    err_too_large: "Envoi trop volumineux.",
    err_missing: "Ce champ est à remplir.",
    err_invalid: "Valeur invalide.",
    err_invalid_quantity: "Quantité : tapez un nombre, par exemple 1 500 ou 1,5.",
    err_past: "L'échéance est déjà passée.",
    err_no_workshop: "Aucun atelier n'est ouvert.",
    err_other: "L'envoi n'a pas abouti. Réessayez.",
  },
  en: {
    other_lang: "Français",
    code_label: "Access code (shown under the QR code)",
    code_submit: "Enter",
    join_intro: "Introduce yourself once: your contributions will carry your first name and organisation.",
    first_name: "First name",
    organisation: "Organisation",
    organisation_hint: "Pick from the list or type your organisation's name.",
    organisation_kind: "Kind of organisation",
    choose_kind: "— choose the kind —",
    err_kind: "Choose your organisation's kind from the list.",
    err_unknown_organisation: "This organisation is not known yet: choose its kind, then “Join”.",
    err_ambiguous_organisation: "Several organisations have this name: make it more precise (town, acronym…).",
    join_submit: "Join",
    hello: "Hello {name} ({org})",
    tab_card: "Contribute",
    tab_vote: "Vote",
    tab_commit: "Commit",
    zone: "Board zone",
    card_text: "Your contribution",
    card_submit: "Send",
    no_zone: "No zone is open yet. Wait for the facilitator's signal.",
    no_vote: "No vote running.",
    votes_left: "Votes left: {n} of {total}",
    vote: "Vote",
    no_alliance: "No alliance has been created yet.",
    alliance: "Alliance",
    commit_text: "What your organisation commits",
    resource: "Resource kind",
    quantity: "Quantity",
    due_date: "Due date",
    unit: "Unit: {unit}",
    commit_submit: "Propose the commitment",
    leave: "Change name or organisation",
    published: "Thank you! Your contribution is on the board.",
    pending: "Thank you! The facilitator will read it before showing it.",
    commit_pending: "Thank you! Your commitment will be read back in the room.",
    voted: "Vote recorded.",
    offline: "Lost the connection to the board. Check that you are on the room's Wi-Fi.",
    queued: "No network: waiting to send. What you wrote is kept and will go as soon as the connection is back.",
    err_bad_code: "Wrong access code.",
    code_changed: "The room's code has changed: type the one on the screen, or scan the new QR code.",
    err_not_joined: "Session expired: please introduce yourself again.",
    err_too_many: "Slow down! Try again in a few seconds.",
    err_too_many_joins: "Too many participants have introduced themselves from this phone. Try again in a few minutes or ask the facilitator.",
    err_zone_closed: "This zone has just been closed.",
    zone_closed_pick: "The zone “{zone}” has just been closed: choose another one for your idea.",
    pick_zone: "— choose a zone —",
    err_no_vote: "The vote is over.",
    err_no_votes_left: "You have used all your votes.",
    err_too_long: "Text too long.",
    err_too_large: "Too much to send at once.",
    err_missing: "Please fill in this field.",
    err_invalid: "Invalid value.",
    err_invalid_quantity: "Quantity: type a number, for example 1,500 or 1.5.",
    err_past: "The due date has already passed.",
    err_no_workshop: "No workshop is open.",
    err_other: "Sending failed. Please try again.",
  },
};

const $ = (id) => document.getElementById(id);
const store = window.localStorage;
let lang = store.getItem("catalyse.lang") ||
  ((navigator.language || "fr").toLowerCase().startsWith("en") ? "en" : "fr");
let code = new URLSearchParams(location.search).get("code") || store.getItem("catalyse.code") || "";
// The code the participant typed themself (a refusal of it is "wrong code"); a code from the
// link or from an earlier visit that the room no longer takes means the room's code changed.
let codeTyped = false;
let state = null;
let pollTimer = 0;

function t(key, values) {
  let text = STRINGS[lang][key] || STRINGS.fr[key] || key;
  for (const [name, value] of Object.entries(values || {})) {
    text = text.split("{" + name + "}").join(String(value));
  }
  return text;
}

function device() { return store.getItem("catalyse.device." + code) || ""; }

function newRequestId() {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

async function call(path, body) {
  const headers = { "X-Catalyse-Code": code };
  if (device()) headers["X-Catalyse-Device"] = device();
  const options = { method: body ? "POST" : "GET", headers, cache: "no-store" };
  if (body) {
    headers["Content-Type"] = "application/json";
    options.body = JSON.stringify(body);
  }
  const response = await fetch(path, options);
  let data = {};
  try { data = await response.json(); } catch (_) { data = {}; }
  return { status: response.status, data };
}

/* 201: a new participant; 200: the phone's token was known, it is the same participant. */
function joined(result) { return result.status === 201 || result.status === 200; }

/* A phone forgotten by the server (it restarted, or the phone was idle long) joins again
   with its token (the same participant, as declared then), once, and the call is repeated. */
async function rejoin() {
  const me = JSON.parse(store.getItem("catalyse.me") || "null");
  if (!me) return false;
  const result = await call("/api/join", me);
  if (!joined(result)) return false;
  store.setItem("catalyse.device." + code, result.data.device);
  return true;
}

async function callAsMe(path, body) {
  const result = await call(path, body);
  if (result.status === 401 && device() && await rejoin()) return call(path, body);
  return result;
}

/* A write keeps its request id until the server gave a definite answer: resent after a
   network error or a 503 ("busy": it may have been taken after all), automatically and then
   when the participant presses again, it counts once and the answer is the first one. */
const unanswered = new Map();

async function send(path, body) {
  const key = path + " " + JSON.stringify(body);
  body.request_id = unanswered.get(key) || newRequestId();
  unanswered.set(key, body.request_id);
  for (let attempt = 0; ; attempt++) {
    let result = null;
    try {
      result = await callAsMe(path, body);
    } catch (error) {
      if (attempt >= 2) throw error;
    }
    if (result && result.status !== 503) { unanswered.delete(key); return result; }
    if (result && attempt >= 2) return result;
    await new Promise((resolve) => setTimeout(resolve, 800 * (attempt + 1)));
  }
}

function say(key, isError, values) {
  const box = $("message");
  box.dataset.key = key;
  box.textContent = t(key, values);
  box.classList.toggle("error", Boolean(isError));
  box.hidden = false;  // sticky at the top of the screen: the page stays where it is
}

/* An organisation the registry does not know is never guessed: the participant says its kind. */
function askKind() {
  const kinds = (state && state.organisation_kinds) || [];
  const select = $("organisation-kind");
  const chosen = select.value;
  fillSelect(select, kinds, (k) => k.value, (k) => k.label[lang]);
  const none = document.createElement("option");  // nothing is chosen for them
  none.value = "";
  none.textContent = t("choose_kind");
  select.prepend(none);
  select.value = kinds.some((k) => k.value === chosen) ? chosen : "";
  $("kind-row").hidden = kinds.length === 0;
}

function sayError(result) {
  if (result.status === 401) { store.removeItem("catalyse.device." + code); show("join-view"); }
  if (result.data && result.data.error === "unknown_organisation") {
    store.removeItem("catalyse.device." + code);
    askKind();
    show("join-view");
  }
  if (result.status === 403) {
    show("code-view");
    if (!codeTyped) {
      store.removeItem("catalyse.code");
      history.replaceState(null, "", location.pathname);  // a reload does not try it again
      say("code_changed", true);
      return;
    }
  }
  const key = "err_" + ((result.data && result.data.error) || "other");
  const forField = result.data && result.data.field ? key + "_" + result.data.field : "";
  say(STRINGS.fr[forField] ? forField : STRINGS.fr[key] ? key : "err_other", true);
  if (forField === "err_invalid_quantity") $("quantity").focus();
}

function show(view) {
  for (const id of ["code-view", "join-view", "main-view"]) $(id).hidden = id !== view;
}

function translatePage() {
  document.documentElement.lang = lang;
  for (const element of document.querySelectorAll("[data-t]")) element.textContent = t(element.dataset.t);
  $("lang").textContent = t("other_lang");
  render();
}

function fillSelect(select, items, valueOf, labelOf) {
  const previous = select.value;
  select.replaceChildren();
  for (const item of items) {
    const option = document.createElement("option");
    option.value = String(valueOf(item));
    option.textContent = labelOf(item);
    select.append(option);
  }
  if (items.some((item) => String(valueOf(item)) === previous)) select.value = previous;
}

/* The zone an idea goes to is never changed under the participant's finger: when the chosen
   zone closes while an idea is typed, no zone is chosen until they pick one. */
let zoneToChoose = false;

function fillZones() {
  const select = $("zone");
  const chosen = select.value;
  const chosenName = select.selectedOptions.length ? select.selectedOptions[0].textContent : "";
  fillSelect(select, state.zones, (z) => z.id, (z) => z.name);
  const closed = chosen && !state.zones.some((z) => String(z.id) === chosen);
  if (closed && $("card-text").value.trim()) {
    zoneToChoose = true;
    say("zone_closed_pick", true, { zone: chosenName });
  }
  if (zoneToChoose && state.zones.length) {
    const none = document.createElement("option");
    none.value = "";
    none.textContent = t("pick_zone");
    select.prepend(none);
    select.value = "";
  }
}

function render() {
  if (!state) return;
  $("workshop").textContent = state.workshop;
  const names = $("organisations");
  names.replaceChildren();
  for (const name of state.organisations) {
    const option = document.createElement("option");
    option.value = name;
    names.append(option);
  }
  if (state.participant) {
    $("hello").textContent = t("hello", { name: state.participant.first_name, org: state.participant.organisation });
  }
  fillZones();
  $("no-zone").hidden = state.zones.length > 0;
  $("card-form").hidden = state.zones.length === 0;
  fillSelect($("alliance"), state.alliances, (a) => a.id, (a) => a.name);
  $("no-alliance").hidden = state.alliances.length > 0;
  $("commit-form").hidden = state.alliances.length === 0;
  fillSelect($("resource"), state.resource_kinds, (k) => k.value, (k) => k.label[lang]);
  showUnit();
  renderVote();
  if (!$("kind-row").hidden) askKind();
}

function renderVote() {
  const vote = state.vote;
  $("no-vote").hidden = Boolean(vote);
  $("votes-left").hidden = !vote;
  $("tab-vote").classList.toggle("live", Boolean(vote));
  const list = $("vote-cards");
  list.replaceChildren();
  if (!vote) return;
  $("votes-left").textContent = t("votes_left", { n: vote.votes_left, total: vote.votes_per_person });
  for (const card of vote.cards) {
    const item = document.createElement("li");
    const text = document.createElement("span");
    text.className = "text";
    text.textContent = card.text;
    if (card.zone) {
      const zone = document.createElement("span");
      zone.className = "zone";
      zone.textContent = card.zone;
      text.append(zone);
    }
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = t("vote");
    button.disabled = vote.votes_left <= 0;
    button.addEventListener("click", () => voteFor(card.id, button));
    item.append(text, button);
    list.append(item);
  }
}

function showUnit() {
  const kind = state.resource_kinds.find((k) => k.value === $("resource").value);
  $("unit").textContent = kind ? t("unit", { unit: kind.unit }) : "";
}

async function refresh() {
  try {
    const result = await callAsMe("/api/state");
    if (result.status !== 200) { sayError(result); return false; }
    state = result.data;
    const box = $("message");
    if (!box.hidden && (box.dataset.key === "offline" || box.dataset.key === "queued")) {
      box.hidden = true;  // the board answers again: the banner goes at once
    }
    if (waitingForNetwork) {  // what could not leave goes now, with the same request id
      const again = waitingForNetwork;
      waitingForNetwork = null;
      setTimeout(again, 0);
    }
    if (!state.participant) show("join-view");
    else if ($("main-view").hidden) show("main-view");
    render();
    return true;
  } catch (error) {
    say(waitingForNetwork ? "queued" : "offline", true);
    return false;
  }
}

function poll() {
  clearTimeout(pollTimer);
  pollTimer = setTimeout(async () => {
    if (!document.hidden && device()) await refresh();
    poll();
  }, waitingForNetwork ? 2000 : 4000);  // sooner while something waits to be sent
}

async function start() {
  translatePage();
  if (!code) { show("code-view"); return; }
  const earlier = store.getItem("catalyse.code");
  store.setItem("catalyse.code", code);
  const saved = JSON.parse(store.getItem("catalyse.me") || "{}");
  $("first-name").value = saved.first_name || "";
  $("organisation").value = saved.organisation || "";
  let ready = await refresh();
  if (!ready && !codeTyped && earlier && earlier !== code) {
    // an old QR link reloaded after the new one was scanned: the code kept from it is the room's
    code = earlier;
    store.setItem("catalyse.code", code);
    history.replaceState(null, "", location.pathname);
    $("message").hidden = true;
    ready = await refresh();
  }
  if (ready) {
    if (!device()) show("join-view");
    poll();
  }
}

function selectTab(button) {
  for (const tab of document.querySelectorAll(".tabs button")) {
    const selected = tab === button;
    tab.setAttribute("aria-selected", String(selected));
    $(tab.dataset.view).hidden = !selected;
  }
  $("message").hidden = true;
}

/* A form that could not leave for want of network, sent again when the board answers. */
let waitingForNetwork = null;

async function submitForm(form, path, body, okKey) {
  const button = form.querySelector("button[type=submit]");
  button.disabled = true;
  try {
    const result = await send(path, body);
    if (result.status >= 200 && result.status < 300) {
      say(result.data.status === "pending" ? okKey.pending : okKey.done);
      return result;
    }
    sayError(result);
  } catch (error) {
    waitingForNetwork = () => form.requestSubmit();
    say("queued", true);
  } finally {
    button.disabled = false;
  }
  return null;
}

async function voteFor(cardId, button) {
  button.disabled = true;
  try {
    const result = await send("/api/votes", { card_id: cardId });
    if (result.status === 201) { say("voted"); state.vote.votes_left = result.data.votes_left; renderVote(); }
    else { sayError(result); button.disabled = false; }
  } catch (error) {
    say("offline", true);
    button.disabled = false;
  }
}

document.addEventListener("DOMContentLoaded", () => {
  $("lang").addEventListener("click", () => {
    lang = lang === "fr" ? "en" : "fr";
    store.setItem("catalyse.lang", lang);
    translatePage();
  });
  $("code-form").addEventListener("submit", (event) => {
    event.preventDefault();
    code = $("code-input").value.trim().toUpperCase();
    codeTyped = true;
    start();
  });
  $("organisation").addEventListener("input", () => {
    const typed = $("organisation").value.trim().toLowerCase();
    const listed = state && state.organisations.some((name) => name.toLowerCase() === typed);
    if (listed) $("kind-row").hidden = true;
  });
  $("join-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const me = { first_name: $("first-name").value.trim(), organisation: $("organisation").value.trim() };
    if (!me.first_name || !me.organisation) { say("err_missing", true); return; }
    if (!$("kind-row").hidden) {
      if (!$("organisation-kind").value) { say("err_kind", true); $("organisation-kind").focus(); return; }
      me.organisation_kind = $("organisation-kind").value;
    }
    try {
      const result = await call("/api/join", me);
      if (!joined(result)) { sayError(result); return; }
      store.setItem("catalyse.device." + code, result.data.device);
      store.setItem("catalyse.me", JSON.stringify(me));
      $("message").hidden = true;
      if (await refresh()) { show("main-view"); poll(); }
    } catch (error) {
      say("offline", true);
    }
  });
  for (const tab of document.querySelectorAll(".tabs button")) {
    tab.addEventListener("click", () => selectTab(tab));
  }
  selectTab($("tab-card"));
  $("card-text").addEventListener("input", () => { $("card-count").textContent = $("card-text").value.length; });
  $("zone").addEventListener("change", () => {
    if ($("zone").value) { zoneToChoose = false; $("zone").querySelector("option[value='']")?.remove(); }
  });
  $("card-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const text = $("card-text").value.trim();
    if (!text) { say("err_missing", true); return; }
    if (!$("zone").value) { say("pick_zone", true); $("zone").focus(); return; }
    const body = { zone_id: Number($("zone").value), text };
    if (await submitForm($("card-form"), "/api/cards", body, { done: "published", pending: "pending" })) {
      $("card-text").value = "";
      $("card-count").textContent = "0";
    }
  });
  $("resource").addEventListener("change", showUnit);
  $("commit-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const body = {
      alliance_id: Number($("alliance").value),
      description: $("commit-text").value.trim(),
      resource_kind: $("resource").value,
      quantity: $("quantity").value.trim(),
      lang,  // "1,500" is 1.5 in French and 1500 in English
      due_date: $("due-date").value,
    };
    if (!body.description) { say("err_missing", true); return; }
    if (await submitForm($("commit-form"), "/api/commitments", body, { done: "commit_pending", pending: "commit_pending" })) {
      $("commit-form").reset();
      showUnit();
    }
  });
  $("leave").addEventListener("click", () => {
    store.removeItem("catalyse.device." + code);
    state.participant = null;
    show("join-view");
  });
  start();
});
