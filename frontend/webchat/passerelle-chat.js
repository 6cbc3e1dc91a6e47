/*
 * Passerelle's web chat, for any website: one tag adds it to a page.
 *
 *   <script src="https://passerelle.example/webchat/passerelle-chat.js" data-lang="fr" defer></script>
 *
 * The script finds Passerelle's address from its own src, loads its stylesheet next to it, and talks to the public
 * API (/api/v1/answers for the assistant, /api/v1/guides for a guide's steps, /api/v1/help-requests for a person).
 * Plain JavaScript, no dependency, no eval. It keeps the conversation in sessionStorage only (a reload keeps it,
 * closing the tab forgets it); no cookie, no localStorage. "Clear conversation" ends a help request on the server and
 * forgets everything here. Every text from the server is shown with textContent, never as markup.
 */
(function () {
  'use strict';

  var script = document.currentScript;
  if (!script || window.passerelleChatLoaded) {
    return;
  }
  window.passerelleChatLoaded = true;

  var SRC = new URL(script.src, document.baseURI);
  var API = new URL('../api/v1/', SRC);
  var STORE = 'passerelle-chat:' + API.origin;
  var POLL_MS = 2500;
  var TRANSCRIPT_LINES = 20;

  /* Every text in both languages: plain words, natural Canadian French. */
  var TEXT = {
    en: {
      launcher: 'Chat with us',
      title: 'Ask a question',
      intro: 'Ask about a government service in your own words. Do not type personal information such as your SIN.',
      close: 'Close the chat',
      otherLanguage: 'Français',
      otherLanguageLabel: 'Passer au français',
      input: 'Your question',
      inputHelp: 'Your message to the staff member',
      send: 'Send',
      talk: 'Talk to a person',
      clear: 'Clear conversation',
      cleared: 'The conversation is cleared.',
      you: 'You',
      assistant: 'Assistant',
      staff: 'Staff member',
      log: 'Conversation',
      thinking: 'Looking for an answer…',
      failed: 'Sorry, something went wrong. Please try again.',
      offline: 'We cannot reach the service right now. Check your connection and try again.',
      showSteps: 'Show the steps',
      hideSteps: 'Hide the steps',
      stepOf: 'Step {0} of {1}',
      official: 'Official page',
      confirm: 'Is this what you need?',
      yes: 'Yes',
      no: 'No',
      tryOther: 'Please try other words.',
      clarify: 'Did you mean:',
      none: 'None of these',
      notUnderstood: 'Sorry, I did not understand. You can try other words, or talk to a person.',
      notUnderstoodAgain: 'I still do not understand, sorry. A person can help you with this.',
      didYouMean: 'Did you mean “{0}”?',
      referral: 'This service is run by someone else.',
      whoRuns: 'Who runs it',
      greeting: 'Hello! What can I help you with?',
      thanks: 'You are welcome.',
      goodbye: 'Goodbye! You can clear the conversation when you are done.',
      restart: 'Let us start again. What can I help you with?',
      invalidEmpty: 'Please type a question.',
      invalidLong: 'Your question is too long. Please write less.',
      checking: 'Checking who can answer…',
      nobody: 'Nobody can answer right now.',
      nextHelp: 'Staff are next available {0}.',
      otherWays: 'Other ways to get help: {0}',
      leaveAnyway: 'A staff member may still see your request soon.',
      askAnyway: 'Ask anyway',
      busy: 'All staff members are busy. You would be number {0} in line, about {1} minutes.',
      busyNext: 'All staff members are busy. You would be next in line, about {0} minutes.',
      wait: 'Wait for a person',
      waiting: 'We told the staff you need help. You are number {0} in line.',
      waitingNext: 'We told the staff you need help. You are next in line.',
      about: 'It usually takes about {0} minutes.',
      claimed: 'A staff member has your request. They will write to you here.',
      live: 'You are chatting with a staff member.',
      closed: 'The staff member has finished. You can keep asking questions here.',
      ended: 'Your request for a person has ended.',
      expired: 'Nobody could take your request in time. You can ask again.',
      alreadyAsked: 'You have already asked for a person.',
      newMessage: 'New message from the staff member.'
    },
    fr: {
      launcher: 'Clavarder avec nous',
      title: 'Posez une question',
      intro: 'Posez votre question sur un service du gouvernement, dans vos mots. N’écrivez pas de renseignements personnels comme votre NAS.',
      close: 'Fermer le clavardage',
      otherLanguage: 'English',
      otherLanguageLabel: 'Switch to English',
      input: 'Votre question',
      inputHelp: 'Votre message au membre du personnel',
      send: 'Envoyer',
      talk: 'Parler à une personne',
      clear: 'Effacer la conversation',
      cleared: 'La conversation est effacée.',
      you: 'Vous',
      assistant: 'Assistant',
      staff: 'Membre du personnel',
      log: 'Conversation',
      thinking: 'Recherche d’une réponse…',
      failed: 'Désolé, un problème est survenu. Veuillez réessayer.',
      offline: 'Impossible de joindre le service pour le moment. Vérifiez votre connexion et réessayez.',
      showSteps: 'Voir les étapes',
      hideSteps: 'Cacher les étapes',
      stepOf: 'Étape {0} de {1}',
      official: 'Page officielle',
      confirm: 'Est-ce bien ce qu’il vous faut?',
      yes: 'Oui',
      no: 'Non',
      tryOther: 'Essayez avec d’autres mots.',
      clarify: 'Vouliez-vous dire :',
      none: 'Aucune de ces réponses',
      notUnderstood: 'Désolé, je n’ai pas compris. Essayez avec d’autres mots, ou parlez à une personne.',
      notUnderstoodAgain: 'Désolé, je ne comprends toujours pas. Une personne peut vous aider avec ça.',
      didYouMean: 'Vouliez-vous dire « {0} »?',
      referral: 'Ce service relève d’un autre organisme.',
      whoRuns: 'Qui s’en occupe',
      greeting: 'Bonjour! Comment puis-je vous aider?',
      thanks: 'Ça me fait plaisir.',
      goodbye: 'Au revoir! Vous pouvez effacer la conversation quand vous avez terminé.',
      restart: 'On recommence. Comment puis-je vous aider?',
      invalidEmpty: 'Écrivez une question.',
      invalidLong: 'Votre question est trop longue. Écrivez moins.',
      checking: 'Nous vérifions qui peut répondre…',
      nobody: 'Personne ne peut répondre en ce moment.',
      nextHelp: 'Le personnel sera de retour {0}.',
      otherWays: 'Autres façons d’obtenir de l’aide : {0}',
      leaveAnyway: 'Un membre du personnel pourrait quand même voir votre demande bientôt.',
      askAnyway: 'Demander quand même',
      busy: 'Tous les membres du personnel sont occupés. Vous seriez le numéro {0} dans la file, environ {1} minutes.',
      busyNext: 'Tous les membres du personnel sont occupés. Vous seriez le prochain dans la file, environ {0} minutes.',
      wait: 'Attendre une personne',
      waiting: 'Nous avons dit au personnel que vous avez besoin d’aide. Vous êtes le numéro {0} dans la file.',
      waitingNext: 'Nous avons dit au personnel que vous avez besoin d’aide. Vous êtes le prochain dans la file.',
      about: 'Il faut habituellement environ {0} minutes.',
      claimed: 'Un membre du personnel a pris votre demande. Il vous écrira ici.',
      live: 'Vous clavardez avec un membre du personnel.',
      closed: 'Le membre du personnel a terminé. Vous pouvez continuer à poser vos questions ici.',
      ended: 'Votre demande d’aide est terminée.',
      expired: 'Personne n’a pu prendre votre demande à temps. Vous pouvez demander de nouveau.',
      alreadyAsked: 'Vous avez déjà demandé à parler à une personne.',
      newMessage: 'Nouveau message du membre du personnel.'
    }
  };

  /* ---- State, kept in sessionStorage so that a reload keeps the conversation -------------------------------- */

  var state = restore() || {
    lang: (script.getAttribute('data-lang') || document.documentElement.lang || 'en').slice(0, 2).toLowerCase() === 'fr'
      ? 'fr' : 'en',
    open: false,
    log: [],
    help: null,
    /* answers in a row that were "not understood": sent with each question, as the kiosk keeps it */
    missed: 0
  };

  /*
   * Each "Clear conversation" starts a new conversation: what answers a call made before it is dropped, so that
   * nothing of the cleared one comes back on the screen or in sessionStorage (a long poll the clearing woke, a
   * message or a question still on its way).
   */
  var conversation = 0;

  function restore() {
    try {
      var saved = JSON.parse(window.sessionStorage.getItem(STORE) || 'null');
      return saved && Array.isArray(saved.log) ? saved : null;
    } catch (e) {
      return null;
    }
  }

  function save() {
    try {
      window.sessionStorage.setItem(STORE, JSON.stringify(state));
    } catch (e) {
      /* storage full or refused: the chat still works until the page is left */
    }
  }

  function t(key) {
    var text = (TEXT[state.lang] && TEXT[state.lang][key]) || TEXT.en[key] || key;
    for (var i = 1; i < arguments.length; i++) {
      text = text.split('{' + (i - 1) + '}').join(String(arguments[i]));
    }
    return text;
  }

  /* ---- Building the DOM (textContent only) ------------------------------------------------------------------ */

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined && text !== null) {
      node.textContent = String(text);
    }
    return node;
  }

  function button(className, text, onClick) {
    var b = el('button', className, text);
    b.type = 'button';
    b.addEventListener('click', onClick);
    return b;
  }

  /** A link only to an http(s) address: never javascript: or data:. */
  function safeLink(href, text) {
    try {
      var url = new URL(String(href), document.baseURI);
      if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        return el('span', null, text);
      }
      var a = el('a', 'pc-link', text);
      a.href = url.href;
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      return a;
    } catch (e) {
      return el('span', null, text);
    }
  }

  var link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = new URL('passerelle-chat.css', SRC).href;
  document.head.appendChild(link);

  var root = el('div', 'pc-root');
  var launcher = el('button', 'pc-launcher');
  launcher.type = 'button';
  launcher.setAttribute('aria-haspopup', 'dialog');
  var dialog = el('div', 'pc-dialog');
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-modal', 'true');
  dialog.id = 'pc-dialog';
  dialog.hidden = true;
  launcher.setAttribute('aria-controls', dialog.id);
  var header = el('div', 'pc-header');
  var title = el('h2', 'pc-title');
  title.id = 'pc-title';
  dialog.setAttribute('aria-labelledby', title.id);
  var intro = el('p', 'pc-intro');
  intro.id = 'pc-intro';
  dialog.setAttribute('aria-describedby', intro.id);
  var switcher = button('pc-lang', '', function () {
    state.lang = state.lang === 'fr' ? 'en' : 'fr';
    save();
    render();
    switcher.focus();
  });
  var closer = button('pc-close', '\u00d7', close);
  header.appendChild(title);
  header.appendChild(switcher);
  header.appendChild(closer);
  var log = el('div', 'pc-log');
  log.setAttribute('role', 'log');
  log.setAttribute('aria-live', 'polite');
  log.tabIndex = 0;
  var status = el('p', 'pc-status');
  status.setAttribute('role', 'status');
  var form = el('form', 'pc-form');
  var inputLabel = el('label', 'pc-label');
  inputLabel.htmlFor = 'pc-input';
  var input = el('input', 'pc-input');
  input.id = 'pc-input';
  input.type = 'text';
  input.autocomplete = 'off';
  input.maxLength = 2000;
  var send = el('button', 'pc-send');
  send.type = 'submit';
  form.appendChild(inputLabel);
  var row = el('div', 'pc-row');
  row.appendChild(input);
  row.appendChild(send);
  form.appendChild(row);
  var actions = el('div', 'pc-actions');
  var talk = button('pc-talk', '', function () { askForPerson(false); });
  var clear = button('pc-clear', '', clearConversation);
  actions.appendChild(talk);
  actions.appendChild(clear);
  dialog.appendChild(header);
  dialog.appendChild(intro);
  dialog.appendChild(log);
  dialog.appendChild(status);
  dialog.appendChild(form);
  dialog.appendChild(actions);
  root.appendChild(launcher);
  root.appendChild(dialog);

  launcher.addEventListener('click', function () {
    if (state.open) {
      close();
    } else {
      openDialog();
    }
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var text = input.value.trim();
    if (!text) {
      input.focus();
      return;
    }
    input.value = '';
    if (state.help) {
      tellStaff(text);
    } else {
      ask(text);
    }
  });
  dialog.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'Tab') {
      trapFocus(event);
    }
  });

  function focusables() {
    return Array.prototype.filter.call(
      dialog.querySelectorAll('button, a[href], input, [tabindex="0"]'),
      function (node) { return !node.disabled && !node.hidden && node.offsetParent !== null; });
  }

  function trapFocus(event) {
    var all = focusables();
    if (all.length === 0) {
      return;
    }
    var first = all[0];
    var last = all[all.length - 1];
    if (event.shiftKey && (document.activeElement === first || !dialog.contains(document.activeElement))) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (document.activeElement === last || !dialog.contains(document.activeElement))) {
      event.preventDefault();
      first.focus();
    }
  }

  function openDialog() {
    state.open = true;
    save();
    dialog.hidden = false;
    root.classList.add('pc-open');
    launcher.setAttribute('aria-expanded', 'true');
    input.focus();
    scrollDown();
  }

  function close() {
    state.open = false;
    save();
    dialog.hidden = true;
    root.classList.remove('pc-open');
    launcher.setAttribute('aria-expanded', 'false');
    launcher.focus();
  }

  /* ---- The log: every entry can be drawn again, in the language of its time or the interface's ------------ */

  function add(entry) {
    state.log.push(entry);
    save();
    log.appendChild(draw(entry));
    scrollDown();
  }

  function scrollDown() {
    log.scrollTop = log.scrollHeight;
  }

  function draw(entry) {
    var item = el('div', 'pc-entry pc-' + entry.who);
    var who = el('span', 'pc-who', entry.who === 'you' ? t('you') : entry.who === 'staff' ? t('staff') : t('assistant'));
    item.appendChild(who);
    if (entry.answer) {
      item.appendChild(drawAnswer(entry.answer, entry.lang || state.lang));
    } else if (entry.guide) {
      item.appendChild(guideCard(entry.guide, entry.lang));
    } else {
      var text = entry.key ? t.apply(null, [entry.key].concat(entry.params || [])) : entry.text;
      item.appendChild(el('p', 'pc-text', text));
    }
    return item;
  }

  function render() {
    root.lang = state.lang;
    launcher.textContent = t('launcher');
    launcher.setAttribute('aria-expanded', String(state.open));
    title.textContent = t('title');
    intro.textContent = t('intro');
    switcher.textContent = t('otherLanguage');
    switcher.lang = state.lang === 'fr' ? 'en' : 'fr';
    switcher.setAttribute('aria-label', t('otherLanguageLabel'));
    closer.setAttribute('aria-label', t('close'));
    log.setAttribute('aria-label', t('log'));
    inputLabel.textContent = state.help ? t('inputHelp') : t('input');
    send.textContent = t('send');
    talk.textContent = t('talk');
    clear.textContent = t('clear');
    while (log.firstChild) {
      log.removeChild(log.firstChild);
    }
    state.log.forEach(function (entry) { log.appendChild(draw(entry)); });
    showStatus();
    dialog.hidden = !state.open;
    root.classList.toggle('pc-open', state.open);
  }

  /* ---- The assistant's answers ------------------------------------------------------------------------------ */

  function ask(question) {
    add({ who: 'you', text: question });
    var waitingLine = el('p', 'pc-thinking', t('thinking'));
    log.appendChild(waitingLine);
    call('POST', 'answers?lang=' + state.lang,
      { question: question, lang: state.lang, notUnderstoodInARow: state.missed || 0, channel: 'web' })
      .then(function (answer) {
        state.missed = kindOf(answer) === 'not-understood' ? (state.missed || 0) + 1 : 0;
        save();
        if (kindOf(answer) === 'guide' && answer.guide && answer.guide.id) {
          // the answer names the guide; its steps come with the guide itself
          return call('GET', 'guides/' + encodeURIComponent(answer.guide.id) + '?lang=' + (answer.lang || state.lang))
            .then(function (guide) {
              waitingLine.remove();
              add({ who: 'bot', guide: guide, lang: guide.lang || state.lang });
            }, function () {
              waitingLine.remove();
              add({ who: 'bot', answer: answer, lang: answer.lang || state.lang });
            });
        }
        waitingLine.remove();
        add({ who: 'bot', answer: answer, lang: answer.lang || state.lang });
      })
      .catch(function (problem) {
        waitingLine.remove();
        add({ who: 'bot', text: problemText(problem) });
      });
  }

  function kindOf(answer) {
    return String(answer.kind || answer.type || '').toLowerCase().replace(/_/g, '-');
  }

  /** Server text in the answer's language, which may differ from the interface's: said so for screen readers. */
  function inLang(node, lang) {
    if (lang) {
      node.lang = lang;
    }
    return node;
  }

  function drawAnswer(answer, lang) {
    var box = el('div', 'pc-answer');
    var kind = kindOf(answer);
    var said = answer.message || answer.text;
    if (kind === 'guide' && answer.guide) {
      box.appendChild(guideCard(answer.guide, lang));
      if (answer.snippet) {
        box.appendChild(inLang(el('p', 'pc-summary', answer.snippet), lang));
      }
    } else if (kind === 'confirmation' && answer.guide) {
      box.appendChild(el('p', 'pc-text', t('confirm')));
      box.appendChild(inLang(el('p', 'pc-guide-title', answer.guide.title), lang));
      var choices = el('div', 'pc-choices');
      choices.appendChild(button('pc-choice', t('yes'), function () { openGuide(answer.guide.id); }));
      choices.appendChild(button('pc-choice', t('no'), function () { add({ who: 'bot', key: 'tryOther' }); input.focus(); }));
      box.appendChild(choices);
    } else if (kind === 'clarification') {
      box.appendChild(el('p', 'pc-text', t('clarify')));
      var options = el('div', 'pc-choices');
      (answer.candidates || answer.guides || []).forEach(function (guide) {
        options.appendChild(inLang(button('pc-choice', guide.title, function () { openGuide(guide.id); }), lang));
      });
      options.appendChild(button('pc-choice', t('none'), function () { add({ who: 'bot', key: 'tryOther' }); input.focus(); }));
      box.appendChild(options);
    } else if (kind === 'not-understood') {
      // After misunderstandings in a row, a person comes first (as on the kiosk), then the other ways.
      box.appendChild(el('p', 'pc-text', t(answer.helperFirst ? 'notUnderstoodAgain' : 'notUnderstood')));
      var next = el('div', 'pc-choices');
      var person = button('pc-choice pc-talk-inline', t('talk'), function () { askForPerson(false); });
      if (answer.helperFirst) {
        next.appendChild(person);
      }
      if (answer.didYouMean) {
        next.appendChild(button('pc-choice', t('didYouMean', answer.didYouMean), function () { ask(answer.didYouMean); }));
      }
      if (!answer.helperFirst) {
        next.appendChild(person);
      }
      box.appendChild(next);
    } else if (kind === 'referral' && answer.referral) {
      box.appendChild(referralCard(answer.referral, lang));
      (answer.alsoOffered || []).forEach(function (guide) {
        box.appendChild(inLang(button('pc-choice', guide.title, function () { openGuide(guide.id); }), lang));
      });
    } else if (kind === 'system') {
      var intent = String(answer.intent || '').toLowerCase();
      if (intent === 'ask-person' || intent === 'person' || intent === 'ask-for-person') {
        box.appendChild(el('p', 'pc-text', said || t('talk')));
        box.appendChild(button('pc-choice pc-talk-inline', t('talk'), function () { askForPerson(false); }));
      } else {
        box.appendChild(el('p', 'pc-text', said || t(systemKey(intent))));
      }
    } else if (kind === 'invalid') {
      var problem = String(answer.problem || '').toLowerCase();
      box.appendChild(el('p', 'pc-text', said || t(problem.indexOf('long') >= 0 ? 'invalidLong' : 'invalidEmpty')));
    } else {
      box.appendChild(el('p', 'pc-text', said || t('notUnderstood')));
    }
    return box;
  }

  function systemKey(intent) {
    if (intent.indexOf('thank') >= 0) {
      return 'thanks';
    }
    if (intent.indexOf('bye') >= 0) {
      return 'goodbye';
    }
    if (intent.indexOf('restart') >= 0 || intent.indexOf('start') >= 0) {
      return 'restart';
    }
    return 'greeting';
  }

  function guideCard(guide, lang) {
    var card = el('section', 'pc-card');
    card.appendChild(inLang(el('h3', 'pc-guide-title', guide.title), lang));
    if (guide.summary) {
      card.appendChild(inLang(el('p', 'pc-summary', guide.summary), lang));
    }
    var steps = guide.steps || [];
    if (steps.length > 0) {
      var list = el('ol', 'pc-steps');
      list.hidden = true;
      steps.forEach(function (step, index) {
        var item = el('li', 'pc-step');
        item.appendChild(el('span', 'pc-step-of', t('stepOf', index + 1, steps.length)));
        item.appendChild(inLang(el('strong', 'pc-step-title', step.title), lang));
        if (step.text) {
          item.appendChild(inLang(el('p', 'pc-step-text', step.text), lang));
        }
        list.appendChild(item);
      });
      var toggle = button('pc-toggle', t('showSteps'), function () {
        list.hidden = !list.hidden;
        toggle.textContent = list.hidden ? t('showSteps') : t('hideSteps');
        toggle.setAttribute('aria-expanded', String(!list.hidden));
      });
      toggle.setAttribute('aria-expanded', 'false');
      card.appendChild(toggle);
      card.appendChild(list);
    }
    if (guide.officialLink) {
      card.appendChild(safeLink(guide.officialLink, t('official')));
    }
    return card;
  }

  function referralCard(referral, lang) {
    var card = el('section', 'pc-card');
    card.appendChild(el('p', 'pc-text', t('referral')));
    card.appendChild(inLang(el('h3', 'pc-guide-title', referral.title), lang));
    if (referral.summary) {
      card.appendChild(inLang(el('p', 'pc-summary', referral.summary), lang));
    }
    var entries = referral.entries || [];
    if (entries.length > 0) {
      card.appendChild(el('p', 'pc-who-runs', t('whoRuns')));
      var list = el('ul', 'pc-referrals');
      entries.forEach(function (entry) {
        var item = el('li');
        item.appendChild(inLang(entry.link ? safeLink(entry.link, entry.who) : el('span', null, entry.who), lang));
        if (entry.text) {
          item.appendChild(inLang(el('p', 'pc-step-text', entry.text), lang));
        }
        list.appendChild(item);
      });
      card.appendChild(list);
    }
    return card;
  }

  function openGuide(id) {
    call('GET', 'guides/' + encodeURIComponent(id) + '?lang=' + state.lang)
      .then(function (guide) { add({ who: 'bot', guide: guide, lang: guide.lang || state.lang }); })
      .catch(function (problem) { add({ who: 'bot', text: problemText(problem) }); });
  }

  /* ---- A person: ask honestly, then follow the request ------------------------------------------------------ */

  function askForPerson(anyway) {
    if (state.help) {
      add({ who: 'bot', key: 'alreadyAsked' });
      return;
    }
    if (anyway) {
      createRequest();
      return;
    }
    status.textContent = t('checking');
    call('GET', 'help-requests/availability?lang=' + state.lang)
      .then(function (a) {
        status.textContent = '';
        if (a.kind === 'on-site' || a.kind === 'remote') {
          createRequest();
        } else if (a.kind === 'busy') {
          add({ who: 'bot', key: a.position > 1 ? 'busy' : 'busyNext',
            params: a.position > 1 ? [a.position, a.estimatedWaitMinutes] : [a.estimatedWaitMinutes] });
          offer(t('wait'));
        } else {
          add({ who: 'bot', key: 'nobody' });
          if (a.nextHelp) {
            add({ who: 'bot', key: 'nextHelp', params: [when(a.nextHelp)] });
          }
          if (a.otherWays) {
            add({ who: 'bot', key: 'otherWays', params: [a.otherWays] });
          }
          if (a.canAsk) {
            add({ who: 'bot', key: 'leaveAnyway' });
            offer(t('askAnyway'));
          }
        }
      })
      .catch(function (problem) {
        status.textContent = '';
        add({ who: 'bot', text: problemText(problem) });
      });
  }

  function offer(label) {
    var item = el('div', 'pc-entry pc-bot');
    var choice = button('pc-choice', label, function () {
      item.remove();
      askForPerson(true);
    });
    item.appendChild(choice);
    log.appendChild(item);
    scrollDown();
  }

  function when(iso) {
    try {
      return new Date(iso).toLocaleString(state.lang === 'fr' ? 'fr-CA' : 'en-CA',
        { weekday: 'long', hour: 'numeric', minute: '2-digit' });
    } catch (e) {
      return iso;
    }
  }

  function transcript() {
    return state.log.filter(function (e) { return e.who === 'you' || e.who === 'bot'; })
      .slice(-TRANSCRIPT_LINES)
      .map(function (e) {
        return { speaker: e.who === 'you' ? 'citizen' : 'assistant', text: summary(e).slice(0, 1000) };
      })
      .filter(function (line) { return line.text; });
  }

  /** What an entry said, in one line, for the staff member to read first. */
  function summary(entry) {
    if (entry.text) {
      return entry.text;
    }
    if (entry.key) {
      return t.apply(null, [entry.key].concat(entry.params || []));
    }
    var a = entry.answer || {};
    var guide = entry.guide || a.guide || (a.referral && { title: a.referral.title });
    if (guide && guide.title) {
      return guide.title;
    }
    return kindOf(a) === 'not-understood' ? t('notUnderstood') : '';
  }

  function createRequest() {
    var made = conversation;
    // Not call(): a request created after "Clear conversation" must still be ended, with the token it came with.
    request('POST', 'help-requests?lang=' + state.lang, { lang: state.lang, transcript: transcript(), channel: 'web' })
      .then(function (created) {
        if (made !== conversation) {
          call('DELETE', 'help-requests/' + created.id + '?lang=' + state.lang, null, created.token)
            .catch(function () { /* the token expires on its own */ });
          return;
        }
        state.help = { id: created.id, token: created.token, cursor: created.cursor, status: created.status,
          position: created.position, wait: created.estimatedWaitMinutes };
        save();
        render();
        input.focus();
        schedule();
      })
      .catch(function (problem) {
        if (made === conversation) {
          add({ who: 'bot', text: problemText(problem) });
        }
      });
  }

  function showStatus() {
    var help = state.help;
    // Once a person is asked, "Talk to a person" would only ask again: the footer keeps "Clear conversation".
    talk.hidden = !!help;
    if (!help) {
      status.textContent = '';
      return;
    }
    if (help.status === 'waiting') {
      status.textContent = (help.position > 1 ? t('waiting', help.position) : t('waitingNext'))
        + (help.wait > 0 ? ' ' + t('about', help.wait) : '');
    } else if (help.status === 'claimed') {
      status.textContent = t('claimed');
    } else {
      status.textContent = t('live');
    }
  }

  var timer = null;
  /* A long poll (the server answers as soon as something changes) until it fails once; then a poll every few seconds. */
  var longPoll = true;

  function schedule(delay) {
    window.clearTimeout(timer);
    if (state.help) {
      timer = window.setTimeout(poll, delay === undefined ? POLL_MS : delay);
    }
  }

  function poll() {
    var help = state.help;
    if (!help) {
      return;
    }
    var path = 'help-requests/' + help.id + (longPoll ? '/next?wait=20&' : '?') + 'after=' + help.cursor
      + '&lang=' + state.lang;
    call('GET', path, null, help.token)
      .then(function (request) {
        if (!state.help || state.help.id !== help.id) {
          return;
        }
        request.messages.forEach(function (line) {
          if (line.speaker === 'staff') {
            add({ who: 'staff', text: line.text });
          }
        });
        help.cursor = request.cursor;
        help.position = request.position;
        help.wait = request.estimatedWaitMinutes;
        var was = help.status;
        help.status = request.status;
        if (['closed', 'cancelled', 'expired'].indexOf(request.status) >= 0) {
          endHelp(request.status === 'expired' ? 'expired' : request.status === 'closed' ? 'closed' : 'ended');
          return;
        }
        save();
        if (was !== help.status || request.messages.length > 0) {
          showStatus();
        }
        schedule(longPoll ? 100 : POLL_MS);
      })
      .catch(function (problem) {
        if (problem && problem.status === 404) {
          endHelp('ended');
        } else {
          longPoll = false;
          schedule();
        }
      });
  }

  function endHelp(key) {
    state.help = null;
    window.clearTimeout(timer);
    add({ who: 'bot', key: key });
    render();
  }

  function tellStaff(text) {
    var help = state.help;
    call('POST', 'help-requests/' + help.id + '/messages?lang=' + state.lang, { text: text }, help.token)
      .then(function (line) {
        add({ who: 'you', text: line.text });
        if (state.help) {
          state.help.cursor = Math.max(state.help.cursor, line.id);
          save();
        }
      })
      .catch(function (problem) {
        add({ who: 'bot', text: problemText(problem) });
        if (problem && problem.status === 404) {
          endHelp('ended');
        }
      });
  }

  function clearConversation() {
    conversation++;
    var help = state.help;
    state.help = null;
    state.log = [];
    state.missed = 0;
    window.clearTimeout(timer);
    try {
      window.sessionStorage.removeItem(STORE);
    } catch (e) {
      /* nothing kept */
    }
    if (help) {
      call('DELETE', 'help-requests/' + help.id + '?lang=' + state.lang, null, help.token).catch(function () {
        /* the token expires on its own if the server cannot be reached now */
      });
    }
    render();
    status.textContent = t('cleared');
    input.focus();
  }

  /* ---- HTTP ------------------------------------------------------------------------------------------------- */

  function never() {
    return new Promise(function () {});
  }

  /* What answers a call made before the conversation was cleared (see conversation) is dropped. */
  function call(method, path, body, token) {
    var made = conversation;
    return request(method, path, body, token).then(function (json) {
      return made === conversation ? json : never();
    }, function (problem) {
      if (made !== conversation) {
        return never();
      }
      throw problem;
    });
  }

  function request(method, path, body, token) {
    var headers = { Accept: 'application/json, application/problem+json' };
    if (body) {
      headers['Content-Type'] = 'application/json';
    }
    if (token) {
      headers.Authorization = 'Bearer ' + token;
    }
    return fetch(new URL(path, API).href, {
      method: method,
      headers: headers,
      body: body ? JSON.stringify(body) : undefined,
      credentials: 'omit',
      mode: 'cors'
    }).then(function (response) {
      if (response.status === 204) {
        return null;
      }
      return response.json().catch(function () { return {}; }).then(function (json) {
        if (!response.ok) {
          throw { status: response.status, detail: json && json.detail };
        }
        return json;
      });
    }, function () {
      throw { status: 0 };
    });
  }

  function problemText(problem) {
    if (problem && problem.status === 0) {
      return t('offline');
    }
    return (problem && problem.detail) || t('failed');
  }

  function start() {
    document.body.appendChild(root);
    render();
    if (state.open) {
      openDialog();
    }
    if (state.help) {
      schedule();
    }
  }

  if (document.body) {
    start();
  } else {
    document.addEventListener('DOMContentLoaded', start);
  }
})();
