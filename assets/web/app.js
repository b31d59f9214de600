/* Catalyse participant page. Every text from the server is shown with textContent, never as markup.
   A poll never rebuilds what is on screen: lists are updated in place, row by row (keyed by id),
   so the place in the page, the focus and a tap in progress survive it. */
"use strict";

const STRINGS = {
  fr: {
    other_lang: "English",
    code_label: "Code d'accès (affiché sous le QR code)",
    code_submit: "Entrer",
    join_intro: "Présentez-vous une fois : vos contributions porteront votre prénom et votre organisation.",
    join_intro_anonymous: "Présentez-vous une fois : votre prénom et votre organisation servent seulement à compter vos votes et votre présence. Vos contributions sont affichées sans votre nom.",
    explain: "Ce que vous écrivez est affiché à l'écran de la salle et imprimé, avec votre prénom et votre organisation, dans le compte rendu remis aux élu·es.",
    explain_anonymous: "Ce que vous écrivez est affiché à l'écran de la salle et imprimé dans le compte rendu remis aux élu·es, sans votre nom.",
    first_name: "Prénom",
    organisation: "Organisation",
    organisation_hint: "Choisissez dans la liste ou tapez le nom de votre organisation.",
    organisation_kind: "Type d'organisation",
    choose_kind: "— choisissez le type —",
    err_kind: "Type d'organisation : choisissez le type de votre organisation dans la liste.",
    err_unknown_organisation: "Cette organisation n'est pas encore connue : choisissez son type, puis « Participer ».",
    err_ambiguous_organisation: "Organisation : plusieurs organisations portent ce nom, précisez-le (ville, sigle…).",
    join_submit: "Participer",
    hello: "Bonjour {name} ({org})",
    tab_card: "Contribuer",
    tab_vote: "Voter",
    vote_open_mark: "● vote ouvert",
    tab_commit: "S'engager",
    zones_title: "Les zones du tableau",
    zone: "Zone du tableau",
    card_text: "Votre contribution",
    card_submit: "Envoyer",
    no_zone: "Aucune zone n'est ouverte pour le moment. Attendez le signal de l'animateur·rice.",
    mine_title: "Mes contributions",
    mine_empty: "Vous n'avez encore rien envoyé.",
    status_published: "Au tableau",
    status_pending: "En attente de relecture par l'animateur·rice",
    status_queued: "En attente d'envoi : pas de réseau pour le moment",
    status_locked: "L'animateur·rice l'a déjà prise en main : elle ne peut plus être modifiée.",
    edit: "Modifier",
    save: "Enregistrer",
    cancel: "Annuler",
    withdraw: "Retirer",
    withdraw_confirm: "Retirer cette contribution ?",
    withdraw_yes: "Oui, la retirer",
    withdraw_no: "Non, la garder",
    edit_label: "Texte de votre contribution",
    edited: "Votre contribution est modifiée.",
    withdrawn: "Votre contribution est retirée.",
    no_vote: "Aucun vote en cours.",
    vote_opened: "Le vote est ouvert ! Vous avez {n} vote(s) à donner.",
    go_vote: "Aller voter",
    votes_left: "Votes restants : {n} sur {total}",
    vote_scope_all: "Vous votez sur toutes les zones : {count} contribution(s).",
    vote_scope: "Vous votez sur : {zones}. {count} contribution(s).",
    my_votes_title: "Mes votes",
    my_votes_empty: "Vous n'avez pas encore voté.",
    vote_cards_title: "Les contributions",
    vote: "Voter",
    my_vote_mark: "✓ Votre vote",
    my_votes_mark: "✓ Vos {n} votes",
    withdraw_vote: "Retirer mon vote",
    vote_withdrawn: "Vote retiré.",
    no_alliance: "Aucune alliance n'est encore créée.",
    alliance: "Alliance",
    commit_text: "Ce que votre organisation engage",
    resource: "Type de ressource",
    choose_resource: "Choisissez…",
    quantity: "Quantité",
    quantity_hint: "Par exemple 1 500 €, 2 bénévoles, 120 m² (facultatif).",
    unit_label: "Unité",
    due_date: "Échéance",
    commit_warning: "En envoyant, vous proposez un engagement au nom de {org}. Il sera imprimé dans le compte rendu remis aux élu·es, une fois confirmé par l'animateur·rice.",
    your_organisation: "votre organisation",
    commit_submit: "Proposer l'engagement",
    mine_commitments_title: "Mes engagements proposés",
    commit_status_pending: "En attente de relecture",
    commit_status_proposed: "Proposé : à confirmer en séance",
    leave: "Changer de nom ou d'organisation",
    privacy_link: "Qui voit mon nom ?",
    privacy_title: "Vos données : qui voit votre nom ?",
    privacy_who: "Votre prénom et votre organisation sont vus par la salle (à l'écran, à côté de vos contributions), par l'animateur·rice, et par les lecteurs du compte rendu.",
    privacy_who_anonymous: "Cet atelier est anonyme : vos contributions sont affichées et imprimées sans votre nom. Votre prénom et votre organisation ne sont vus que par l'animateur·rice, pour compter vos votes et votre présence.",
    privacy_where: "Vos contributions, votre prénom et votre organisation sont imprimés dans le compte rendu de l'atelier, envoyé aux élu·es et aux partenaires.",
    privacy_where_anonymous: "Vos contributions sont imprimées, sans votre nom, dans le compte rendu de l'atelier, envoyé aux élu·es et aux partenaires. Votre présence y est comptée.",
    privacy_erase: "Pour faire effacer vos données (droit à l'effacement, RGPD), demandez-le à l'animateur·rice : l'application lui permet de les effacer.",
    published: "Merci ! Votre contribution est au tableau.",
    pending: "Merci ! L'animateur·rice va la relire avant de l'afficher.",
    commit_pending: "Merci ! Votre engagement sera relu en séance.",
    voted: "Vote enregistré.",
    offline: "Connexion au tableau perdue. Vérifiez que vous êtes sur le Wi-Fi de la salle.",
    queued: "Pas de réseau : en attente d'envoi. Ce que vous avez écrit est gardé et partira dès que la connexion revient.",
    field_error: "{field} : {why}",
    why_missing: "ce champ est à remplir.",
    why_too_long: "le texte est trop long.",
    why_invalid: "valeur non reconnue.",
    why_bad_number: "nombre non reconnu.",
    why_past: "la date est déjà passée.",
    why_kind_required: "choisissez-en un dans la liste.",
    why_closed: "cette zone vient d'être fermée, choisissez-en une autre.",
    err_bad_code: "Code d'accès incorrect.",
    code_changed: "Le code de la salle a changé : tapez celui affiché à l'écran, ou scannez le nouveau QR code.",
    err_not_joined: "Session expirée : présentez-vous à nouveau.",
    err_too_many: "Doucement ! Réessayez dans quelques secondes.",
    err_too_many_joins: "Trop de participant·es se sont présenté·es depuis ce téléphone. Réessayez dans quelques minutes ou demandez à l'animateur·rice.",
    err_zone_closed: "Zone du tableau : cette zone vient d'être fermée, choisissez-en une autre.",
    zone_closed_pick: "La zone « {zone} » vient d'être fermée : choisissez-en une autre pour votre idée.",
    pick_zone: "— choisissez une zone —",
    err_pick_zone: "Zone du tableau : choisissez une zone pour votre idée.",
    err_no_vote: "Le vote est terminé.",
    err_vote_closed: "Le vote est terminé.",
    err_no_vote_on_card: "Vous n'avez pas de vote sur cette contribution.",
    err_no_votes_left: "Vous avez utilisé tous vos votes. Retirez-en un pour voter autrement.",
    err_card_locked: "L'animateur·rice a déjà pris en main cette contribution : elle ne peut plus être modifiée ni retirée.",
    err_not_yours: "Cette contribution n'est pas la vôtre.",
    err_too_large: "Envoi trop volumineux.",
    err_invalid_quantity: "Quantité : nombre attendu, par exemple 1 500, 1.500 ou 2 bénévoles.",
    err_no_workshop: "Aucun atelier n'est ouvert.",
    err_other: "L'envoi n'a pas abouti. Réessayez.",
    vote_more: "{n} autre(s) contribution(s) du tableau ne sont pas listées ici.",
    outside_zones: "Hors des zones",
    commit_status_confirmed: "Confirmé",
    commit_status_done: "Réalisé",
    commit_status_dropped: "Abandonné",
    err_card_not_in_round: "Cette contribution ne fait pas partie du vote en cours.",
    table_title: "Votre table",
    table_intro: "Vous êtes l'hôte d'une table ? Choisissez-la : vos contributions iront dans sa zone du tableau, au nom de la table.",
    table_hosting: "Vous êtes l'hôte de «\u00a0{name}\u00a0» : vos contributions vont dans sa zone, au nom de la table.",
    table_host: "Je suis l'hôte de cette table",
    table_leave: "Je ne suis plus l'hôte de cette table",
    pick_table: "— choisissez votre table —",
    table_has_host: "{name} (a déjà un hôte)",
    for_table: "Au nom de la table «\u00a0{name}\u00a0»",
    ok_hosting: "C'est noté : vous êtes l'hôte de «\u00a0{name}\u00a0».",
    ok_not_hosting: "C'est noté : vous n'êtes plus hôte de table.",
    err_pick_table: "Choisissez votre table dans la liste.",
    err_host_taken: "Cette table a déjà un hôte : choisissez la vôtre, ou demandez à l'animation.",
    err_not_host: "Vous n'êtes plus l'hôte de cette table : la contribution n'est pas partie.",
    tab_poll: "Sondage",
    tab_forum: "Forum",
    poll_open_mark: "● ouvert",
    no_poll: "Aucun sondage en cours.",
    poll_opened: "Un sondage est ouvert : «\u00a0{question}\u00a0»",
    go_poll: "Répondre",
    poll_words_hint: "Quelques mots, séparés par des espaces.",
    poll_submit: "Envoyer ma réponse",
    poll_mine: "Votre réponse est enregistrée ; vous pouvez la changer tant que le sondage est ouvert.",
    poll_answered: "Réponse enregistrée.",
    poll_words: "Vos mots",
    err_pick_choice: "Choisissez une réponse.",
    err_poll_closed: "Le sondage est fermé.",
    topic_title: "Proposer un sujet (vous l'animerez)",
    topic_hint: "L'animation le place dans la grille des créneaux et des salles.",
    topic_submit: "Proposer",
    topic_proposed: "Sujet proposé.",
    topics_title: "Les sessions",
    no_topic: "Aucun sujet proposé pour l'instant.",
    topic_where: "{slot}, {room}",
    topic_unplaced: "Pas encore programmé",
    topic_host: "Hôte : {host}",
    topic_count: "{n} inscrit(s)",
    join_topic: "J'y vais",
    leave_topic: "Je n'y vais plus",
    topic_joined: "C'est noté : vous y allez.",
    topic_left: "C'est noté : vous n'y allez plus.",
    topic_mine: "Votre sujet",
  },
  en: {
    other_lang: "Français",
    code_label: "Access code (shown under the QR code)",
    code_submit: "Enter",
    join_intro: "Introduce yourself once: your contributions will carry your first name and organisation.",
    join_intro_anonymous: "Introduce yourself once: your first name and organisation are only used to count your votes and your attendance. Your contributions are shown without your name.",
    explain: "What you write is shown on the room's screen and printed, with your first name and organisation, in the report sent to elected officials.",
    explain_anonymous: "What you write is shown on the room's screen and printed in the report sent to elected officials, without your name.",
    first_name: "First name",
    organisation: "Organisation",
    organisation_hint: "Pick from the list or type your organisation's name.",
    organisation_kind: "Kind of organisation",
    choose_kind: "— choose the kind —",
    err_kind: "Kind of organisation: choose your organisation's kind from the list.",
    err_unknown_organisation: "This organisation is not known yet: choose its kind, then “Join”.",
    err_ambiguous_organisation: "Organisation: several organisations have this name, make it more precise (town, acronym…).",
    join_submit: "Join",
    hello: "Hello {name} ({org})",
    tab_card: "Contribute",
    tab_vote: "Vote",
    vote_open_mark: "● vote open",
    tab_commit: "Commit",
    zones_title: "The board's zones",
    zone: "Board zone",
    card_text: "Your contribution",
    card_submit: "Send",
    no_zone: "No zone is open yet. Wait for the facilitator's signal.",
    mine_title: "My contributions",
    mine_empty: "You have not sent anything yet.",
    status_published: "On the board",
    status_pending: "Waiting to be read by the facilitator",
    status_queued: "Waiting to be sent: no network for now",
    status_locked: "The facilitator has already taken it in hand: it can no longer be changed.",
    edit: "Edit",
    save: "Save",
    cancel: "Cancel",
    withdraw: "Withdraw",
    withdraw_confirm: "Withdraw this contribution?",
    withdraw_yes: "Yes, withdraw it",
    withdraw_no: "No, keep it",
    edit_label: "Text of your contribution",
    edited: "Your contribution has been changed.",
    withdrawn: "Your contribution has been withdrawn.",
    no_vote: "No vote running.",
    vote_opened: "The vote is open! You have {n} vote(s) to give.",
    go_vote: "Go and vote",
    votes_left: "Votes left: {n} of {total}",
    vote_scope_all: "You vote on every zone: {count} contribution(s).",
    vote_scope: "You vote on: {zones}. {count} contribution(s).",
    my_votes_title: "My votes",
    my_votes_empty: "You have not voted yet.",
    vote_cards_title: "The contributions",
    vote: "Vote",
    my_vote_mark: "✓ Your vote",
    my_votes_mark: "✓ Your {n} votes",
    withdraw_vote: "Withdraw my vote",
    vote_withdrawn: "Vote withdrawn.",
    no_alliance: "No alliance has been created yet.",
    alliance: "Alliance",
    commit_text: "What your organisation commits",
    resource: "Resource kind",
    choose_resource: "Choose…",
    quantity: "Quantity",
    quantity_hint: "For example 1,500 €, 2 volunteers, 120 m² (optional).",
    unit_label: "Unit",
    due_date: "Due date",
    commit_warning: "By sending, you propose a commitment on behalf of {org}. It will be printed in the report sent to elected officials, once the facilitator confirms it.",
    your_organisation: "your organisation",
    commit_submit: "Propose the commitment",
    mine_commitments_title: "My proposed commitments",
    commit_status_pending: "Waiting to be read",
    commit_status_proposed: "Proposed: to be confirmed in the room",
    leave: "Change name or organisation",
    privacy_link: "Who sees my name?",
    privacy_title: "Your data: who sees your name?",
    privacy_who: "Your first name and organisation are seen by the room (on the screen, next to your contributions), by the facilitator, and by the readers of the report.",
    privacy_who_anonymous: "This workshop is anonymous: your contributions are shown and printed without your name. Only the facilitator sees your first name and organisation, to count your votes and your attendance.",
    privacy_where: "Your contributions, first name and organisation are printed in the workshop's report, sent to elected officials and partners.",
    privacy_where_anonymous: "Your contributions are printed, without your name, in the workshop's report, sent to elected officials and partners. Your attendance is counted there.",
    privacy_erase: "To have your data erased (right to erasure, GDPR), ask the facilitator: the application lets them erase it.",
    published: "Thank you! Your contribution is on the board.",
    pending: "Thank you! The facilitator will read it before showing it.",
    commit_pending: "Thank you! Your commitment will be read back in the room.",
    voted: "Vote recorded.",
    offline: "Lost the connection to the board. Check that you are on the room's Wi-Fi.",
    queued: "No network: waiting to send. What you wrote is kept and will go as soon as the connection is back.",
    field_error: "{field}: {why}",
    why_missing: "please fill in this field.",
    why_too_long: "the text is too long.",
    why_invalid: "value not recognised.",
    why_bad_number: "number not recognised.",
    why_past: "the date has already passed.",
    why_kind_required: "choose one from the list.",
    why_closed: "this zone has just been closed, choose another one.",
    err_bad_code: "Wrong access code.",
    code_changed: "The room's code has changed: type the one on the screen, or scan the new QR code.",
    err_not_joined: "Session expired: please introduce yourself again.",
    err_too_many: "Slow down! Try again in a few seconds.",
    err_too_many_joins: "Too many participants have introduced themselves from this phone. Try again in a few minutes or ask the facilitator.",
    err_zone_closed: "Board zone: this zone has just been closed, choose another one.",
    zone_closed_pick: "The zone “{zone}” has just been closed: choose another one for your idea.",
    pick_zone: "— choose a zone —",
    err_pick_zone: "Board zone: choose a zone for your idea.",
    err_no_vote: "The vote is over.",
    err_vote_closed: "The vote is over.",
    err_no_vote_on_card: "You have no vote on this contribution.",
    err_no_votes_left: "You have used all your votes. Withdraw one to vote differently.",
    err_card_locked: "The facilitator has already taken this contribution in hand: it can no longer be changed or withdrawn.",
    err_not_yours: "This contribution is not yours.",
    err_too_large: "Too much to send at once.",
    err_invalid_quantity: "Quantity: a number is expected, for example 1,500, 1.5 or 2 volunteers.",
    err_no_workshop: "No workshop is open.",
    err_other: "Sending failed. Please try again.",
    vote_more: "{n} other contribution(s) on the board are not listed here.",
    outside_zones: "Outside the zones",
    commit_status_confirmed: "Confirmed",
    commit_status_done: "Done",
    commit_status_dropped: "Dropped",
    err_card_not_in_round: "This contribution is not part of the running vote.",
    table_title: "Your table",
    table_intro: "Are you a table's host? Choose it: your contributions will go to its zone of the board, in the table's name.",
    table_hosting: "You are the host of “{name}”: your contributions go to its zone, in the table's name.",
    table_host: "I am this table's host",
    table_leave: "I am no longer this table's host",
    pick_table: "— choose your table —",
    table_has_host: "{name} (has a host)",
    for_table: "In the name of the table “{name}”",
    ok_hosting: "Noted: you are the host of “{name}”.",
    ok_not_hosting: "Noted: you no longer host a table.",
    err_pick_table: "Choose your table in the list.",
    err_host_taken: "This table already has a host: choose yours, or ask the facilitators.",
    err_not_host: "You are no longer this table's host: the contribution was not sent.",
    tab_poll: "Poll",
    tab_forum: "Forum",
    poll_open_mark: "● open",
    no_poll: "No poll running.",
    poll_opened: "A poll is open: “{question}”",
    go_poll: "Answer",
    poll_words_hint: "A few words, separated by spaces.",
    poll_submit: "Send my answer",
    poll_mine: "Your answer is recorded; you may change it while the poll is open.",
    poll_answered: "Answer recorded.",
    poll_words: "Your words",
    err_pick_choice: "Choose an answer.",
    err_poll_closed: "The poll is closed.",
    topic_title: "Propose a topic (you will host it)",
    topic_hint: "The facilitators place it in the grid of time slots and rooms.",
    topic_submit: "Propose",
    topic_proposed: "Topic proposed.",
    topics_title: "The sessions",
    no_topic: "No topic proposed yet.",
    topic_where: "{slot}, {room}",
    topic_unplaced: "Not scheduled yet",
    topic_host: "Host: {host}",
    topic_count: "{n} going",
    join_topic: "I'm going",
    leave_topic: "I'm not going",
    topic_joined: "Noted: you are going.",
    topic_left: "Noted: you are no longer going.",
    topic_mine: "Your topic",
  },
};

/* Units suggested per resource kind, in the page's language; the first is the usual one.
   A suggested unit is sent in the desk's language (the one the report is printed in). */
const UNITS = {
  financier: { fr: ["€"], en: ["€"] },
  humain: { fr: ["heures", "personnes", "bénévoles", "jours"], en: ["hours", "people", "volunteers", "days"] },
  competences: { fr: ["jours", "heures"], en: ["days", "hours"] },
  materiel: { fr: ["objets", "m²", "jours"], en: ["items", "m²", "days"] },
  reseau: { fr: ["mises en relation"], en: ["introductions"] },
  donnees: { fr: ["études", "jeux de données"], en: ["studies", "data sets"] },
  communication: { fr: ["actions", "publications"], en: ["actions", "publications"] },
};

/* The field a refusal names: its label, and the element to put the finger back on. */
const FIELDS = {
  first_name: ["first_name", "first-name"],
  organisation: ["organisation", "organisation"],
  organisation_kind: ["organisation_kind", "organisation-kind"],
  zone_id: ["zone", "zone"],
  description: ["commit_text", "commit-text"],
  alliance_id: ["alliance", "alliance"],
  resource_kind: ["resource", "resource"],
  quantity: ["quantity", "quantity"],
  unit: ["unit_label", "unit"],
  due_date: ["due_date", "due-date"],
  words: ["poll_words", "poll-words"],
  title: ["topic_title", "topic-title"],
};
const TEXT_FIELD = {
  "/api/cards": ["card_text", "card-text"],
  "/api/commitments": ["commit_text", "commit-text"],
  "/api/cards/edit": ["edit_label", ""],
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

async function call(path, body, extra) {
  const headers = { "X-Catalyse-Code": code, ...(extra || {}) };
  if (device()) headers["X-Catalyse-Device"] = device();
  const options = { method: body ? "POST" : "GET", headers, cache: "no-store" };
  if (body) {
    headers["Content-Type"] = "application/json";
    options.body = JSON.stringify(body);
  }
  const response = await fetch(path, options);
  let data = {};
  try { data = await response.json(); } catch (_) { data = {}; }
  answered();
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

async function callAsMe(path, body, extra) {
  const result = await call(path, body, extra);
  if (result.status === 401 && device() && await rejoin()) return call(path, body, extra);
  return result;
}

/* The vote's cards as last received: while they are the same, the board sends only this
   phone's dots (500 phones polling a long list every few seconds would fill the Wi-Fi). */
let heldCards = null;

function takeVoteCards(vote) {
  if (!vote) { heldCards = null; return; }
  if (vote.cards == null && heldCards) vote.cards = heldCards.cards;
  else if (vote.cards_version) heldCards = { version: vote.cards_version, cards: vote.cards };
  vote.cards = vote.cards || [];
  const dots = vote.my_votes;
  if (dots && typeof dots === "object") {
    vote.cards = vote.cards.map((card) => ({ ...card, my_votes: dots[String(card.id)] || 0 }));
  }
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

/* ---- messages ------------------------------------------------------------------------ */

let messageTimer = 0;

function sayText(text, isError, key) {
  const box = $("message");
  box.dataset.key = key || "";
  box.textContent = text;
  box.classList.toggle("error", Boolean(isError));
  box.hidden = false;  // sticky at the top of the screen: the page stays where it is
  clearTimeout(messageTimer);
  // A thank-you goes after a while (it covers the top of the form); an error stays.
  if (!isError) messageTimer = setTimeout(() => { if (box.textContent === text) box.hidden = true; }, 10000);
}

/* What is said now, to say it again in the other language. */
let said = null;

function say(key, isError, values) {
  sayText(t(key, values), isError, key);
  said = () => say(key, isError, values);
}

/* "Quantité : nombre attendu…": every refusal about a field names it. */
function sayField(fieldKey, whyKey, elementId) {
  sayText(t("field_error", { field: t(fieldKey), why: t(whyKey) }), true, "field");
  said = () => sayField(fieldKey, whyKey);
  if (elementId && $(elementId)) $(elementId).focus();
}

/* The server's answer to the network coming back: the red banner goes at once. */
function answered() {
  const box = $("message");
  if (!box.hidden && (box.dataset.key === "offline" || (box.dataset.key === "queued" && !outbox.length))) {
    box.hidden = true;
  }
}

/* An organisation the registry does not know is never guessed: the participant says its kind. */
function askKind() {
  const kinds = (state && state.organisation_kinds) || [];
  fillSelect($("organisation-kind"), kinds, (k) => k.value, (k) => k.label[lang], t("choose_kind"));
  $("kind-row").hidden = kinds.length === 0;
}

function sayError(result, path) {
  const data = result.data || {};
  if (result.status === 401) { store.removeItem("catalyse.device." + code); show("join-view"); }
  if (data.error === "unknown_organisation") {
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
  let error = data.error || "other";
  if (path === "/api/votes/withdraw" && error === "no_vote") error = "no_vote_on_card";
  const field = data.field || "";
  const specific = "err_" + error + (field ? "_" + field : "");
  const named = field === "text" ? TEXT_FIELD[path] : FIELDS[field];
  if (STRINGS.fr[specific]) {
    say(specific, true);
    if (named && named[1]) $(named[1]).focus();
  } else if (named && error !== "unknown_organisation" && error !== "ambiguous_organisation") {
    sayField(named[0], STRINGS.fr["why_" + error] ? "why_" + error : "why_invalid", named[1]);
  } else {
    say(STRINGS.fr["err_" + error] ? "err_" + error : "err_other", true);
  }
}

function show(view) {
  if (!$(view).hidden) return;
  for (const id of ["code-view", "join-view", "main-view"]) $(id).hidden = id !== view;
  $("privacy").hidden = view === "code-view";
  $("privacy").open = false;
  window.scrollTo(0, 0);  // a new view is read from its top
}

function translatePage() {
  document.documentElement.lang = lang;
  for (const element of document.querySelectorAll("[data-t]")) element.textContent = t(element.dataset.t);
  $("lang").textContent = t("other_lang");
  if (!$("message").hidden && said) said();
  for (const list of document.querySelectorAll("ul[id], #vote-zones")) list.replaceChildren();  // labels anew
  render();
}

/* ---- in-place updates ------------------------------------------------------------------ */

function setText(element, text) { if (element.textContent !== text) element.textContent = text; }
function setHidden(element, hidden) { if (element.hidden !== hidden) element.hidden = hidden; }

/* A select or a datalist is filled anew only when what it offers changed (an open picker
   and the choice in progress stay as they are through a poll). */
function fillSelect(select, items, valueOf, labelOf, placeholder) {
  const entries = items.map((item) => [String(valueOf(item)), labelOf(item)]);
  if (placeholder !== undefined) entries.unshift(["", placeholder]);
  const signature = JSON.stringify(entries);
  if (select.dataset.signature === signature) return;
  select.dataset.signature = signature;
  const previous = select.value;
  const options = entries.map(([value, label]) => {
    const option = document.createElement("option");
    option.value = value;
    if (select.tagName === "SELECT") option.textContent = label;
    return option;
  });
  select.replaceChildren(...options);
  if (select.tagName !== "SELECT") return;
  select.value = entries.some(([value]) => value === previous) ? previous : (entries.length ? entries[0][0] : "");
}

/* The rows of a list made to match `items`: rows whose key is gone are removed, new ones
   inserted, the others updated where they stand (never moved when already in place). */
function syncList(list, items, keyOf, make, update) {
  const wanted = new Map(items.map((item) => [String(keyOf(item)), item]));
  for (const row of Array.from(list.children)) {
    if (!wanted.has(row.dataset.key)) row.remove();
  }
  const rows = new Map(Array.from(list.children, (row) => [row.dataset.key, row]));
  let position = 0;
  for (const [key, item] of wanted) {
    let row = rows.get(key);
    if (!row) { row = make(item); row.dataset.key = key; }
    update(row, item);
    const here = list.children[position];
    if (here !== row) list.insertBefore(row, here || null);
    position++;
  }
}

function element(tag, className, text) {
  const made = document.createElement(tag);
  if (className) made.className = className;
  if (text !== undefined) made.textContent = text;
  return made;
}

function button(key, className, onClick) {
  const made = element("button", className, t(key));
  made.type = "button";
  made.addEventListener("click", onClick);
  return made;
}

/* ---- what the page shows ---------------------------------------------------------------- */

/* The zone an idea goes to is never changed under the participant's finger: when the chosen
   zone closes while an idea is typed, no zone is chosen until they pick one. */
let zoneToChoose = false;

function fillZones() {
  const select = $("zone");
  const chosen = select.value;
  const chosenName = select.selectedOptions.length ? select.selectedOptions[0].textContent : "";
  const closed = chosen && !state.zones.some((z) => String(z.id) === chosen);
  if (closed && $("card-text").value.trim()) {
    zoneToChoose = true;
    say("zone_closed_pick", true, { zone: chosenName });
  }
  fillSelect(select, state.zones, (z) => z.id, (z) => z.name,
    zoneToChoose && state.zones.length ? t("pick_zone") : undefined);
  if (zoneToChoose) select.value = "";
  showZonePrompt();
  syncList($("zones-list"), state.zones, (z) => z.id, () => {
    const row = element("li");
    row.append(element("strong", "name"), element("span", "prompt"));
    return row;
  }, (row, zone) => {
    setText(row.firstChild, zone.name);
    setText(row.lastChild, zone.prompt || "");
    setHidden(row.lastChild, !zone.prompt);
  });
  setHidden($("zones-section"), !state.zones.some((z) => z.prompt));  // names alone: the list below
}

function showZonePrompt() {
  const zone = state && state.zones.find((z) => String(z.id) === $("zone").value);
  setText($("zone-prompt"), (zone && zone.prompt) || "");
  setHidden($("zone-prompt"), !(zone && zone.prompt));
}

function zoneName(zoneId) {
  const zone = state && state.zones.find((z) => z.id === zoneId);
  return zone ? zone.name : "";
}

/* A finger on the screen: what a poll brought waits until it is lifted (a row inserted above
   would move the button under it, and the tap would land on the card above). */
let fingerDown = false;
let fingerSince = 0;
let renderWaiting = false;

function fingerOn() { fingerDown = true; fingerSince = Date.now(); }
function fingerOff() {
  fingerDown = false;
  if (renderWaiting) setTimeout(() => { if (!fingerDown) render(); }, 350);  // after the tap's click
}

function render() {
  if (!state) return;
  if (fingerDown && Date.now() - fingerSince < 3000) { renderWaiting = true; return; }  // a lost "up" waits no longer
  renderWaiting = false;
  setText($("workshop"), state.workshop || "");
  if (state.workshop && document.title !== state.workshop + " · Catalyse") document.title = state.workshop + " · Catalyse";
  setText($("question"), state.question || "");
  setHidden($("question"), !state.question);
  const anonymous = Boolean(state.anonymous);
  setText($("explain"), t(anonymous ? "explain_anonymous" : "explain"));
  setHidden($("explain"), false);
  setText($("join-intro"), t(anonymous ? "join_intro_anonymous" : "join_intro"));
  setText($("privacy-who"), t(anonymous ? "privacy_who_anonymous" : "privacy_who"));
  setText($("privacy-where"), t(anonymous ? "privacy_where_anonymous" : "privacy_where"));
  fillSelect($("organisations"), state.organisations, (name) => name, (name) => name);
  if (state.participant) {
    setText($("hello"), t("hello", { name: state.participant.first_name, org: state.participant.organisation }));
  }
  fillZones();
  setHidden($("no-zone"), state.zones.length > 0);
  setHidden($("card-form"), state.zones.length === 0);
  fillSelect($("alliance"), state.alliances, (a) => a.id, (a) => a.name);
  setHidden($("no-alliance"), state.alliances.length > 0);
  setHidden($("commit-form"), state.alliances.length === 0);
  fillSelect($("resource"), state.resource_kinds, (k) => k.value, (k) => k.label[lang], t("choose_resource"));
  fillUnits();
  const org = (state.participant && state.participant.organisation) || t("your_organisation");
  setText($("commit-warning"), t("commit_warning", { org }));
  renderMine();
  renderVote();
  renderTable();
  renderPoll();
  renderForum();
  if (!$("kind-row").hidden) askKind();
}

/* ---- a quick poll, and the open space (forum ouvert) ---------------------------------------- */

let seenPoll = "";

function onTab(id) { return $(id).getAttribute("aria-selected") === "true"; }

function renderPoll() {
  const poll = state.poll || null;
  setHidden($("tab-poll"), !poll && !onTab("tab-poll"));
  setHidden($("tab-poll-open"), !poll);
  setText($("tab-poll-open"), t("poll_open_mark"));
  $("tab-poll").classList.toggle("live", Boolean(poll));
  setHidden($("no-poll"), Boolean(poll));
  setHidden($("poll-form"), !poll);
  if (!poll) { setHidden($("poll-banner"), true); return; }
  const key = String(poll.id);
  if (onTab("tab-poll")) seenPoll = key;
  setHidden($("poll-banner"), seenPoll === key);
  setText($("poll-banner-text"), t("poll_opened", { question: poll.question }));
  const choice = poll.kind === "choice";
  setText($("poll-question"), poll.question);
  setText($("poll-words-label"), poll.question);
  setHidden($("poll-choices-set"), !choice);
  setHidden($("poll-words-row"), choice);
  if ($("poll-form").dataset.poll !== key) {  // another poll: its own answer, or none
    $("poll-form").dataset.poll = key;
    $("poll-words").value = poll.my_words || "";
    $("poll-choices").replaceChildren();
  }
  const picked = document.querySelector("input[name=poll-choice]:checked");
  syncList($("poll-choices"), poll.choices || [], (c) => c.id, (c) => {
    const row = element("div", "choice");
    const input = element("input");
    input.type = "radio";
    input.name = "poll-choice";
    input.id = "poll-choice-" + c.id;
    input.value = String(c.id);
    const label = element("label");
    label.htmlFor = input.id;
    row.append(input, label);
    return row;
  }, (row, c) => {
    setText(row.lastChild, c.label);
    if (!picked && poll.my_choice === c.id) row.firstChild.checked = true;  // never under a finger
  });
  const answered = poll.my_choice != null || Boolean(poll.my_words);
  setText($("poll-mine"), answered ? t("poll_mine") : "");
  setHidden($("poll-mine"), !answered);
}

function renderForum() {
  const forum = state.open_space || null;
  setHidden($("tab-forum"), !forum && !onTab("tab-forum"));
  const topics = forum && Array.isArray(forum.topics) ? forum.topics : [];
  setHidden($("no-topic"), topics.length > 0);
  syncList($("topics"), topics, (x) => x.id, (x) => {
    const row = element("li");
    const title = element("span", "text");
    title.id = "topic-text-" + x.id;
    const where = element("span", "mark");
    const join = button("join_topic", "vote", () => joinTopic(x.id, true));
    const leave = button("leave_topic", "secondary", () => joinTopic(x.id, false));
    for (const control of [join, leave]) control.setAttribute("aria-describedby", title.id);
    row.append(title, where, join, leave);
    return row;
  }, (row, x) => {
    const [title, where, join, leave] = row.children;
    setText(title, x.title);
    const parts = [
      x.slot && x.room ? t("topic_where", { slot: x.slot, room: x.room }) : t("topic_unplaced"),
      x.mine ? t("topic_mine") : (x.host ? t("topic_host", { host: x.host }) : ""),
      t("topic_count", { n: x.count }),
    ];
    setText(where, parts.filter(Boolean).join(" · "));
    setHidden(join, Boolean(x.joined));
    setHidden(leave, !x.joined);
    row.classList.toggle("voted", Boolean(x.joined));
  });
}

async function joinTopic(topicId, join) {
  try {
    const result = await send("/api/topics/join", { topic_id: topicId, join });
    if (result.status === 200) { say(join ? "topic_joined" : "topic_left"); refresh(); }
    else sayError(result, "/api/topics/join");
  } catch (error) {
    say("offline", true);
  }
}

/* ---- a table's host (world café, sous-groupes) --------------------------------------------- */

function forTable() { return Boolean(state && state.table && $("for-table").checked); }

function renderTable() {
  const tables = Array.isArray(state.tables) ? state.tables : [];
  const mine = state.table || null;
  setHidden($("table-section"), tables.length === 0 && !mine);
  setText($("table-status"), mine ? t("table_hosting", { name: mine.name }) : t("table_intro"));
  setHidden($("table-join"), Boolean(mine));
  setHidden($("table-leave"), !mine);
  fillSelect($("table-choice"), tables, (table) => table.id,
    (table) => (table.hosted ? t("table_has_host", { name: table.name }) : table.name), t("pick_table"));
  setHidden($("for-table-row"), !mine);
  if (mine) setText($("for-table-label"), t("for_table", { name: mine.name }));
  for (const id of ["zone-label", "zone"]) setHidden($(id), forTable());
  if (forTable()) setHidden($("zone-prompt"), true);
}

async function hostTable(tableId) {
  try {
    const result = await send("/api/tables/host", { table_id: tableId });
    if (result.status >= 200 && result.status < 300) {
      const table = (state.tables || []).find((one) => one.id === tableId);
      if (tableId && table) say("ok_hosting", false, { name: table.name });
      else say("ok_not_hosting");
      refresh();
    } else {
      sayError(result, "/api/tables/host");
    }
  } catch (error) {
    say("offline", true);
  }
}

/* ---- my contributions --------------------------------------------------------------------- */

/* Cards this page sent, for a server that does not list a phone's own cards. */
const sentCards = [];

function mineCards() {
  const cards = state.mine && Array.isArray(state.mine.cards) ? state.mine.cards : sentCards;
  const listed = cards.map((card) => ({
    key: card.id != null ? "c" + card.id : "p" + card.pending_id,
    ...card,
  }));
  for (const item of outbox) {
    if (item.kind === "card") {
      listed.push({ key: "q" + item.body.request_id, text: item.body.text, zone_id: item.body.zone_id, status: "queued", editable: false });
    }
  }
  return listed;
}

function renderMine() {
  const cards = mineCards();
  setHidden($("mine-empty"), cards.length > 0);
  syncList($("mine-cards"), cards, (card) => card.key, makeMineRow, updateMineRow);
  const commitments = ((state.mine && state.mine.commitments) || []).map((c, index) => ({ key: "s" + index + c.status + c.description, ...c }));
  for (const item of outbox) {
    if (item.kind === "commitment") commitments.push({ key: "q" + item.body.request_id, description: item.body.description, status: "queued" });
  }
  setHidden($("mine-commitments-section"), commitments.length === 0);
  syncList($("mine-commitments"), commitments, (c) => c.key, () => {
    const row = element("li");
    row.append(element("p", "text"), element("p", "status"));
    return row;
  }, (row, commitment) => {
    setText(row.firstChild, commitment.description);
    setText(row.lastChild, t(commitment.status === "queued" ? "status_queued" : "commit_status_" + commitment.status));
    row.classList.toggle("queued", commitment.status === "queued");
  });
}

function makeMineRow(card) {
  const row = element("li");
  const text = element("p", "text");
  text.id = "mine-text-" + card.key;
  const status = element("p", "status");
  const actions = element("div", "actions");
  const edit = button("edit", "secondary", () => startEdit(row));
  const withdraw = button("withdraw", "secondary", () => askWithdraw(row));
  for (const control of [edit, withdraw]) control.setAttribute("aria-describedby", text.id);
  actions.append(edit, withdraw);
  const editor = element("div", "editor");
  editor.hidden = true;
  const label = element("label", "", t("edit_label"));
  const area = element("textarea");
  area.id = "mine-edit-" + card.key;
  area.maxLength = 500;
  area.rows = 4;
  label.htmlFor = area.id;
  editor.append(label, area, element("div", "actions"));
  editor.lastChild.append(button("save", "", () => saveEdit(row)), button("cancel", "secondary", () => endEdit(row)));
  const confirm = element("div", "confirm");
  confirm.hidden = true;
  confirm.append(element("p", "", t("withdraw_confirm")), element("div", "actions"));
  confirm.lastChild.append(button("withdraw_yes", "danger", () => withdrawCard(row)), button("withdraw_no", "secondary", () => endEdit(row)));
  row.append(text, status, actions, editor, confirm);
  row.card = card;
  return row;
}

function updateMineRow(row, card) {
  row.card = card;
  const [text, status, actions] = row.children;
  const zone = zoneName(card.zone_id);
  setText(text, card.text);
  const label = t("status_" + card.status) + (zone ? " · " + zone : "");
  setText(status, card.editable === false && card.status !== "queued" && state.mine ? label + ". " + t("status_locked") : label);
  row.classList.toggle("queued", card.status === "queued");
  row.classList.toggle("pending", card.status === "pending");
  const busy = row.dataset.mode === "edit" || row.dataset.mode === "confirm";
  setHidden(actions, !card.editable || busy);
  if (!card.editable && busy) endEdit(row);
}

function startEdit(row) {
  row.dataset.mode = "edit";
  const editor = row.querySelector(".editor");
  editor.querySelector("textarea").value = row.card.text;
  row.querySelector(".actions").hidden = true;
  editor.hidden = false;
  editor.querySelector("textarea").focus();
}

function askWithdraw(row) {
  row.dataset.mode = "confirm";
  row.querySelector(".actions").hidden = true;
  const confirm = row.querySelector(".confirm");
  confirm.hidden = false;
  confirm.querySelector("button.secondary").focus();  // a second tap by mistake keeps it
}

function endEdit(row) {
  const wasBusy = row.dataset.mode;
  row.dataset.mode = "";
  row.querySelector(".editor").hidden = true;
  row.querySelector(".confirm").hidden = true;
  const actions = row.querySelector(".actions");
  actions.hidden = !row.card.editable;
  if (wasBusy && !actions.hidden) actions.firstChild.focus();  // the finger stays on the row
}

function cardRef(card) {
  return card.id != null ? { card_id: card.id } : { pending_id: card.pending_id };
}

async function saveEdit(row) {
  const text = row.querySelector(".editor textarea").value.trim();
  if (!text) { sayField("edit_label", "why_missing", row.querySelector(".editor textarea").id); return; }
  await changeMine(row, "/api/cards/edit", { ...cardRef(row.card), text }, "edited");
}

async function withdrawCard(row) {
  await changeMine(row, "/api/cards/withdraw", cardRef(row.card), "withdrawn");
}

async function changeMine(row, path, body, okKey) {
  try {
    const result = await send(path, body);
    if (result.status >= 200 && result.status < 300) {
      say(okKey);
      if (okKey === "edited") row.card.text = body.text;
      endEdit(row);
      if (okKey === "withdrawn") {
        row.remove();
        $("mine-title").tabIndex = -1;  // the finger is put back at the list's heading
        $("mine-title").focus();
      }
      refresh();
      return;
    }
    sayError(result, path);
    if (result.data && result.data.error === "card_locked") { row.card.editable = false; endEdit(row); refresh(); }
  } catch (error) {
    say("offline", true);
  }
}

/* ---- the vote ----------------------------------------------------------------------------- */

/* Votes this page gave in the running round, for a server that does not say them. */
const localVotes = new Map();
let voteKey = "";
let seenVote = "";
const voting = new Set();

function myVotes(card) {
  return typeof card.my_votes === "number" ? card.my_votes : (localVotes.get(card.id) || 0);
}

function renderVote() {
  const vote = state.vote;
  setHidden($("no-vote"), Boolean(vote));
  setHidden($("vote-open"), !vote);
  setHidden($("tab-vote-open"), !vote);
  setText($("tab-vote-open"), t("vote_open_mark"));
  $("tab-vote").classList.toggle("live", Boolean(vote));
  if (!vote) {
    voteKey = "";
    localVotes.clear();
    setHidden($("vote-banner"), true);
    syncList($("vote-zones"), [], () => "", null, null);
    syncList($("my-votes"), [], () => "", null, null);
    return;
  }
  const key = String(vote.round_id != null ? vote.round_id : "open");
  if (key !== voteKey) { voteKey = key; localVotes.clear(); }
  const onVoteTab = $("tab-vote").getAttribute("aria-selected") === "true";
  if (onVoteTab) seenVote = key;
  setHidden($("vote-banner"), seenVote === key);
  setText($("vote-banner-text"), t("vote_opened", { n: vote.votes_left }));
  setText($("votes-left"), t("votes_left", { n: vote.votes_left, total: vote.votes_per_person }));
  const zoneIds = Array.isArray(vote.zones) ? vote.zones : [];
  const groups = new Map();
  for (const card of vote.cards) {
    const group = card.zone_id != null ? "z" + card.zone_id : "n" + (card.zone || "");
    if (!groups.has(group)) groups.set(group, { key: group, name: card.zone || "", cards: [] });
    groups.get(group).cards.push(card);
  }
  const names = [...groups.values()].map((g) => g.name).filter(Boolean);
  setText($("vote-scope"), zoneIds.length
    ? t("vote_scope", { zones: names.join(", "), count: vote.cards_total || vote.cards.length })
    : t("vote_scope_all", { count: vote.cards_total || vote.cards.length }));
  const more = typeof vote.cards_total === "number" ? vote.cards_total - vote.cards.length : 0;
  setText($("vote-more"), more > 0 ? t("vote_more", { n: more }) : "");
  setHidden($("vote-more"), more <= 0);
  syncList($("vote-zones"), [...groups.values()], (g) => g.key, () => {
    const section = element("section", "vote-zone");
    section.append(element("h3"), element("ul", "cards"));
    return section;
  }, (section, group) => {
    setText(section.firstChild, group.name || t("outside_zones"));
    syncList(section.lastChild, group.cards, (card) => card.id, makeVoteRow, updateVoteRow);
  });
  const mine = vote.cards.filter((card) => myVotes(card) > 0);
  setHidden($("my-votes-empty"), mine.length > 0);
  syncList($("my-votes"), mine, (card) => card.id, (card) => {
    const row = element("li");
    const text = element("span", "text");
    text.id = "my-vote-text-" + card.id;
    const withdraw = button("withdraw_vote", "secondary", () => withdrawVote(card.id));
    withdraw.setAttribute("aria-describedby", text.id);
    row.append(text, element("span", "mark"), withdraw);
    return row;
  }, (row, card) => {
    setText(row.firstChild, card.text);
    const n = myVotes(card);
    setText(row.children[1], n > 1 ? t("my_votes_mark", { n }) : t("my_vote_mark"));
  });
}

function makeVoteRow(card) {
  const row = element("li");
  const text = element("span", "text");
  text.id = "vote-text-" + card.id;
  const mark = element("span", "mark");
  const actions = element("div", "actions");
  const vote = button("vote", "vote", () => voteFor(card.id, vote));
  const withdraw = button("withdraw_vote", "secondary", () => withdrawVote(card.id));
  for (const control of [vote, withdraw]) control.setAttribute("aria-describedby", text.id);
  actions.append(vote, withdraw);
  row.append(text, mark, actions);
  return row;
}

function updateVoteRow(row, card) {
  const [text, mark, actions] = row.children;
  const [vote, withdraw] = actions.children;
  const n = myVotes(card);
  setText(text, card.text);
  setText(mark, n > 1 ? t("my_votes_mark", { n }) : n ? t("my_vote_mark") : "");
  setHidden(mark, n === 0);
  setHidden(withdraw, n === 0);
  row.classList.toggle("voted", n > 0);
  // Kept focusable when no vote is left (a tap says why); never disabled under the finger.
  const none = state.vote.votes_left <= 0;
  if (vote.getAttribute("aria-disabled") !== String(none)) vote.setAttribute("aria-disabled", String(none));
}

function countVote(cardId, delta, votesLeft) {
  const vote = state && state.vote;
  if (!vote) return;
  if (typeof votesLeft === "number") vote.votes_left = votesLeft;
  for (const card of vote.cards) {
    if (card.id !== cardId) continue;
    if (typeof card.my_votes === "number") card.my_votes = Math.max(0, card.my_votes + delta);
    else localVotes.set(cardId, Math.max(0, (localVotes.get(cardId) || 0) + delta));
  }
  renderVote();
}

async function voteFor(cardId) {
  if (voting.has(cardId)) return;
  if (state.vote && state.vote.votes_left <= 0) { say("err_no_votes_left", true); return; }
  voting.add(cardId);
  try {
    const result = await send("/api/votes", { card_id: cardId });
    if (result.status === 201) { say("voted"); countVote(cardId, 1, result.data.votes_left); }
    else sayError(result, "/api/votes");
  } catch (error) {
    say("offline", true);
  } finally {
    voting.delete(cardId);
  }
}

async function withdrawVote(cardId) {
  if (voting.has(cardId)) return;
  voting.add(cardId);
  try {
    const result = await send("/api/votes/withdraw", { card_id: cardId });
    if (result.status === 200) {
      say("vote_withdrawn");
      countVote(cardId, -1, result.data.votes_left);
      // the button pressed is gone: the finger goes to the card's Voter button
      const text = $("vote-text-" + cardId);
      if (text && (!document.activeElement || document.activeElement === document.body || document.activeElement.closest("[hidden]"))) {
        text.closest("li").querySelector("button.vote").focus();
      }
    }
    else sayError(result, "/api/votes/withdraw");
  } catch (error) {
    say("offline", true);
  } finally {
    voting.delete(cardId);
  }
}

/* ---- commitments -------------------------------------------------------------------------- */

let unitTyped = false;

/* The board's usual units in the page's language first, then the page's own suggestions. */
function unitsFor(kindValue) {
  const kind = state && state.resource_kinds.find((k) => k.value === kindValue);
  let board = [];
  if (kind && kind.units_by_lang && Array.isArray(kind.units_by_lang[lang])) board = kind.units_by_lang[lang];
  else if (kind && state.lang === lang) board = kind.units || (kind.unit ? [kind.unit] : []);
  const own = UNITS[kindValue] ? UNITS[kindValue][lang] : [];
  return [...new Set([...board, ...own])];
}

function fillUnits() {
  const kind = $("resource").value;
  const units = unitsFor(kind);
  fillSelect($("units"), units, (u) => u, (u) => u);
  const field = $("unit");
  if (!unitTyped && field.dataset.kind !== kind + lang) {
    field.dataset.kind = kind + lang;
    field.value = units[0] || "";
  }
}

/* A unit picked from the suggestions is sent in the desk's language; a typed one as typed. */
function unitToSend(kindValue, unit) {
  const desk = state && state.lang === "en" ? "en" : "fr";
  const units = UNITS[kindValue];
  if (!units || desk === lang) return unit;
  const index = units[lang].indexOf(unit);
  return index >= 0 ? units[desk][index] : unit;
}

/* ---- the network -------------------------------------------------------------------------- */

/* What could not leave for want of network, kept on the phone (a reload keeps it) and sent
   again, with the same request id, as soon as the board answers. */
let outbox = [];
let flushing = false;

function outboxKey() { return "catalyse.outbox." + code; }
function loadOutbox() {
  try { outbox = JSON.parse(store.getItem(outboxKey()) || "[]"); } catch (_) { outbox = []; }
  if (!Array.isArray(outbox)) outbox = [];
}
function saveOutbox() {
  if (outbox.length) store.setItem(outboxKey(), JSON.stringify(outbox));
  else store.removeItem(outboxKey());
}

function okMessage(kind, result) {
  if (kind === "commitment") return "commit_pending";
  if (kind === "poll") return "poll_answered";
  if (kind === "topic") return "topic_proposed";
  return result.data.status === "pending" ? "pending" : "published";
}

function remember(kind, body, result) {
  if (kind !== "card") return;
  sentCards.push({
    id: result.data.card_id != null ? result.data.card_id : null,
    pending_id: result.data.pending_id != null ? result.data.pending_id : "r" + body.request_id,
    zone_id: body.zone_id,
    text: body.text,
    status: result.data.status === "pending" ? "pending" : "published",
    editable: false,
  });
}

function giveBack(item) {
  const box = item.kind === "card" ? $("card-text") : $("commit-text");
  if (box.value.trim()) return;
  box.value = item.kind === "card" ? item.body.text : item.body.description;
  if (item.kind === "card") $("card-count").textContent = box.value.length;
}

async function flushOutbox() {
  if (flushing || !outbox.length) return;
  flushing = true;
  let sent = false;
  try {
    while (outbox.length) {
      const item = outbox[0];
      let result;
      try {
        result = await callAsMe(item.path, item.body);
      } catch (error) {
        say("queued", true);
        return;
      }
      if (result.status === 503) return;  // busy: tried again at the next poll
      outbox.shift();
      saveOutbox();
      sent = true;
      if (result.status >= 200 && result.status < 300) {
        remember(item.kind, item.body, result);
        say(okMessage(item.kind, result));
      } else {
        giveBack(item);  // refused (its zone closed meanwhile…): what was typed is not lost
        sayError(result, item.path);
      }
    }
  } finally {
    flushing = false;
    if (sent) setTimeout(refresh, 0);
  }
}

async function refresh() {
  try {
    const held = heldCards ? { "X-Catalyse-Vote-Cards": heldCards.version } : null;
    const result = await callAsMe("/api/state", undefined, held);
    if (result.status !== 200) { sayError(result, "/api/state"); return false; }
    takeVoteCards(result.data.vote);
    state = result.data;
    if (!state.participant) show("join-view");
    else if ($("main-view").hidden) show("main-view");
    render();
    if (state.participant) flushOutbox();
    return true;
  } catch (error) {
    say(outbox.length ? "queued" : "offline", true);
    return false;
  }
}

function poll() {
  clearTimeout(pollTimer);
  const box = $("message");
  const waiting = outbox.length || (!box.hidden && box.dataset.key === "offline");
  pollTimer = setTimeout(async () => {
    if (!document.hidden && device()) await refresh();
    poll();
  }, waiting ? 2000 : 4000);  // sooner while the network is away or something waits
}

async function start() {
  translatePage();
  if (!code) { show("code-view"); return; }
  const earlier = store.getItem("catalyse.code");
  store.setItem("catalyse.code", code);
  const saved = JSON.parse(store.getItem("catalyse.me") || "{}");
  $("first-name").value = saved.first_name || "";
  $("organisation").value = saved.organisation || "";
  loadOutbox();
  let ready = await refresh();
  if (!ready && !codeTyped && earlier && earlier !== code) {
    // an old QR link reloaded after the new one was scanned: the code kept from it is the room's
    code = earlier;
    store.setItem("catalyse.code", code);
    history.replaceState(null, "", location.pathname);
    $("message").hidden = true;
    loadOutbox();
    ready = await refresh();
  }
  if (ready) {
    if (!device()) show("join-view");
    poll();
  }
}

/* ---- tabs --------------------------------------------------------------------------------- */

function selectTab(tab, focus) {
  for (const other of document.querySelectorAll(".tabs [role=tab]")) {
    const selected = other === tab;
    other.setAttribute("aria-selected", String(selected));
    other.tabIndex = selected ? 0 : -1;
    $(other.dataset.view).hidden = !selected;
  }
  if (focus) tab.focus();
  $("message").hidden = true;
  if (tab.id === "tab-vote" && voteKey) { seenVote = voteKey; setHidden($("vote-banner"), true); }
  if (tab.id === "tab-poll" && state && state.poll) {
    seenPoll = String(state.poll.id);
    setHidden($("poll-banner"), true);
  }
}

async function submitForm(form, path, body, kind) {
  const submit = form.querySelector("button[type=submit]");
  if (form.dataset.busy) return null;  // sent once; a disabled button would drop the focus
  form.dataset.busy = "1";
  submit.setAttribute("aria-disabled", "true");
  try {
    const result = await send(path, body);
    if (result.status >= 200 && result.status < 300) {
      remember(kind, body, result);
      say(okMessage(kind, result));
      refresh();
      return result;
    }
    sayError(result, path);
  } catch (error) {
    outbox.push({ path, body, kind });
    saveOutbox();
    say("queued", true);
    if (state) renderMine();
    poll();
    return "queued";
  } finally {
    delete form.dataset.busy;
    submit.removeAttribute("aria-disabled");
  }
  return null;
}

document.addEventListener("DOMContentLoaded", () => {
  $("lang").addEventListener("click", () => {
    lang = lang === "fr" ? "en" : "fr";
    store.setItem("catalyse.lang", lang);
    translatePage();
  });
  window.addEventListener("online", () => { if (device()) refresh(); });
  for (const type of ["touchstart", "pointerdown"]) document.addEventListener(type, fingerOn, { capture: true, passive: true });
  for (const type of ["touchend", "touchcancel", "pointerup", "pointercancel"]) {
    document.addEventListener(type, fingerOff, { capture: true, passive: true });
  }
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
  for (const id of ["privacy-from-join", "privacy-from-main"]) {
    $(id).addEventListener("click", () => {
      const privacy = $("privacy");
      privacy.open = true;
      privacy.scrollIntoView({ block: "nearest" });
      privacy.querySelector("summary").focus();
    });
  }
  $("join-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const me = { first_name: $("first-name").value.trim(), organisation: $("organisation").value.trim() };
    if (!me.first_name) { sayField("first_name", "why_missing", "first-name"); return; }
    if (!me.organisation) { sayField("organisation", "why_missing", "organisation"); return; }
    if (!$("kind-row").hidden) {
      if (!$("organisation-kind").value) { say("err_kind", true); $("organisation-kind").focus(); return; }
      me.organisation_kind = $("organisation-kind").value;
    }
    try {
      const result = await call("/api/join", me);
      if (!joined(result)) { sayError(result, "/api/join"); return; }
      store.setItem("catalyse.device." + code, result.data.device);
      store.setItem("catalyse.me", JSON.stringify(me));
      $("message").hidden = true;
      if (await refresh()) { show("main-view"); poll(); }
    } catch (error) {
      say("offline", true);
    }
  });
  const tabs = Array.from(document.querySelectorAll(".tabs [role=tab]"));
  for (const tab of tabs) {
    tab.addEventListener("click", () => selectTab(tab));
    tab.addEventListener("keydown", (event) => {
      const shown = tabs.filter((other) => !other.hidden);  // the poll and forum tabs come and go
      const at = shown.indexOf(tab);
      const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: shown.length - 1 }[event.key];
      if (to === undefined) return;
      event.preventDefault();
      selectTab(shown[(to + shown.length) % shown.length], true);
    });
  }
  selectTab($("tab-card"));
  $("poll-banner-go").addEventListener("click", () => {
    selectTab($("tab-poll"), true);
    $("tab-poll").scrollIntoView({ block: "nearest" });
  });
  $("poll-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const poll = state && state.poll;
    if (!poll) return;
    const body = { poll_id: poll.id };
    if (poll.kind === "choice") {
      const picked = document.querySelector("input[name=poll-choice]:checked");
      if (!picked) { say("err_pick_choice", true); return; }
      body.choice_id = Number(picked.value);
    } else {
      body.words = $("poll-words").value.trim();
      if (!body.words) { sayField("poll_words", "why_missing", "poll-words"); return; }
    }
    await submitForm($("poll-form"), "/api/polls/answer", body, "poll");
  });
  $("topic-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const title = $("topic-title").value.trim();
    if (!title) { sayField("topic_title", "why_missing", "topic-title"); return; }
    if (await submitForm($("topic-form"), "/api/topics", { title }, "topic")) $("topic-title").value = "";
  });
  $("vote-banner-go").addEventListener("click", () => {
    selectTab($("tab-vote"), true);
    $("tab-vote").scrollIntoView({ block: "nearest" });
  });
  $("card-text").addEventListener("input", () => { $("card-count").textContent = $("card-text").value.length; });
  $("zone").addEventListener("change", () => {
    if ($("zone").value && zoneToChoose) { zoneToChoose = false; fillZones(); }
    showZonePrompt();
  });
  $("table-host").addEventListener("click", () => {
    if (!$("table-choice").value) { say("err_pick_table", true); $("table-choice").focus(); return; }
    hostTable(Number($("table-choice").value));
  });
  $("table-leave").addEventListener("click", () => hostTable(null));
  $("for-table").addEventListener("change", () => { if (state) renderTable(); });
  $("card-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const text = $("card-text").value.trim();
    const table = forTable() ? state.table : null;
    if (!table && !$("zone").value) { say("err_pick_zone", true); $("zone").focus(); return; }
    if (!text) { sayField("card_text", "why_missing", "card-text"); return; }
    const body = table ? { zone_id: table.zone_id, table_id: table.id, text }
      : { zone_id: Number($("zone").value), text };
    if (await submitForm($("card-form"), "/api/cards", body, "card")) {
      $("card-text").value = "";
      $("card-count").textContent = "0";
    }
  });
  $("resource").addEventListener("change", fillUnits);
  $("unit").addEventListener("input", () => { unitTyped = $("unit").value.trim() !== ""; });
  $("commit-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const kind = $("resource").value;
    const body = {
      alliance_id: Number($("alliance").value),
      description: $("commit-text").value.trim(),
      resource_kind: kind,
      quantity: $("quantity").value.trim(),
      lang,  // "1,500" is 1.5 in French and 1500 in English
      due_date: $("due-date").value,
    };
    const unit = $("unit").value.trim();
    // "2 bénévoles": the unit typed in the quantity wins over the one suggested
    const unitInQuantity = /[^\d\s.,\u00a0\u202f'’-]/.test(body.quantity);
    if (unit && (unitTyped || !unitInQuantity)) body.unit = unitToSend(kind, unit);
    if (!body.description) { sayField("commit_text", "why_missing", "commit-text"); return; }
    if (!kind) { sayField("resource", "why_kind_required", "resource"); return; }
    if (await submitForm($("commit-form"), "/api/commitments", body, "commitment")) {
      $("commit-form").reset();
      unitTyped = false;
      $("unit").dataset.kind = "";
      fillUnits();
    }
  });
  $("leave").addEventListener("click", () => {
    store.removeItem("catalyse.device." + code);
    state.participant = null;
    show("join-view");
  });
  start();
});
