// Passerelle kiosk helpers: idle detection, read aloud, display settings and forgetting.
// Served statically and run once per page with Page.executeJs (no frontend build).
(function () {
  if (window.passerelle) {
    return;
  }
  const ACTIVITY = ['pointerdown', 'keydown', 'touchstart', 'wheel', 'input'];
  let host = null;        // the kiosk layout element, whose $server receives idle and speech events
  let idleMs = 0;
  let idleTimer = null;
  let countdownTimer = null;
  let warning = false;
  let countdownFrom = null;  // {counter, seconds} of the warning showing, to start it again after an outage
  let offline = false;       // the server cannot be reached: input is blocked and the timers wait

  function arm() {
    clearTimeout(idleTimer);
    if (host && idleMs > 0 && !warning && !offline) {
      idleTimer = setTimeout(function () {
        warning = true;
        host.$server.idle();
      }, idleMs);
    }
  }

  // Vaadin's dialog element is in the dialog's Tab cycle but has no box: a Tab stop where the focus cannot be
  // seen. When it gets the focus itself (not one of its parts), the focus moves on to the dialog's first button,
  // or its last one after Shift+Tab.
  let backwards = false;
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Tab') {
      backwards = e.shiftKey;
    }
  }, { capture: true, passive: true });
  document.addEventListener('focusin', function (e) {
    const dialog = e.target;
    if (!(dialog instanceof Element) || dialog.localName !== 'vaadin-dialog'
        || (dialog.shadowRoot && dialog.shadowRoot.activeElement)) {
      return;
    }
    const buttons = Array.prototype.filter.call(dialog.querySelectorAll('vaadin-button'), function (b) {
      return !b.disabled && b.getClientRects().length > 0;
    });
    if (buttons.length > 0) {
      (backwards ? buttons[buttons.length - 1] : buttons[0]).focus();
    }
  }, true);

  ACTIVITY.forEach(function (type) {
    document.addEventListener(type, function () {
      if (!warning) {
        arm();
      }
    }, { capture: true, passive: true });
  });

  // Text to read: the main landmark's visible text, split where the language changes, so that French
  // inside an English page is read with a French voice.
  function chunks(root, fallback) {
    const result = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: function (node) {
        const el = node.parentElement;
        if (!el || !node.textContent.trim()) {
          return NodeFilter.FILTER_REJECT;
        }
        if (el.closest('[aria-hidden="true"], .sr-skip, script, style') || el.offsetParent === null) {
          return NodeFilter.FILTER_REJECT;
        }
        return NodeFilter.FILTER_ACCEPT;
      }
    });
    let node;
    while ((node = walker.nextNode())) {
      const langEl = node.parentElement.closest('[lang]');
      const lang = (langEl && langEl.getAttribute('lang')) || fallback;
      const text = node.textContent.replace(/\s+/g, ' ').trim();
      const last = result[result.length - 1];
      if (last && last.lang === lang) {
        last.text += (/[.!?:»"]$/.test(last.text) ? ' ' : '. ') + text;
      } else {
        result.push({ lang: lang, text: text });
      }
    }
    return result;
  }

  function voiceFor(voices, lang) {
    return voices.find(function (v) { return v.lang.toLowerCase() === lang + '-ca'; })
        || voices.find(function (v) { return v.lang.toLowerCase().startsWith(lang); })
        || null;
  }

  // Chromium fills the voice list a moment after the page loads ("voiceschanged"); a browser with no voices
  // at all (a kiosk without speech packages) never does, and would "speak" in silence.
  function voices(waitMs) {
    const now = window.speechSynthesis.getVoices();
    if (now.length > 0) {
      return Promise.resolve(now);
    }
    return new Promise(function (resolve) {
      const done = function () {
        window.speechSynthesis.removeEventListener('voiceschanged', done);
        resolve(window.speechSynthesis.getVoices());
      };
      window.speechSynthesis.addEventListener('voiceschanged', done);
      setTimeout(done, waitMs);
    });
  }

  // ---- A lost connection is visible ----------------------------------------------------------------------
  // Vaadin keeps what the person does while the server is unreachable and sends it when the connection is back:
  // a tap made then would act minutes later, unseen. So as soon as the connection is gone, an overlay says so, in
  // the kiosk's language, and swallows every tap and key until it is back; the idle timers wait too (nobody can
  // answer "Are you still there?" through the overlay), then start again.
  // Vaadin notices a dead server only when it next sends something (a kiosk nobody touches may send nothing for
  // minutes, and a closed push connection alone does not count), so a small request every PROBE_MS tells sooner;
  // it asks for a static file (no session, no server work). The overlay goes only once a round trip through
  // Vaadin itself has come back, so that nothing the person does next waits in Vaadin's queue.
  const PROBE_MS = 2000;
  let lostTexts = null;
  let overlay = null;
  let lostShown = false;
  let probeFailed = false;
  let checking = false;

  function vaadinLost() {
    const store = window.Vaadin && window.Vaadin.connectionState;
    return !!store && (store.state === 'reconnecting' || store.state === 'connection-lost');
  }

  function probe() {
    if (document.visibilityState === 'hidden' || !window.fetch || !window.AbortController) {
      return;
    }
    const abort = new AbortController();
    const timer = setTimeout(function () { abort.abort(); }, PROBE_MS + 500);
    fetch('scripts/kiosk.js', { method: 'HEAD', cache: 'no-store', signal: abort.signal })
        .then(function (response) {
          probeFailed = !response.ok && response.status >= 500;
        }, function () {
          probeFailed = true;
        })
        .then(function () {
          clearTimeout(timer);
          if (probeFailed) {
            connectionLost();
          } else if (offline && !vaadinLost()) {
            confirmBack();
          }
        });
  }
  setInterval(probe, PROBE_MS);

  // The server answers static files again: back once a call through Vaadin has gone there and back.
  function confirmBack() {
    if (checking) {
      return;
    }
    if (!host || !host.$server || !host.$server.connectionCheck) {
      connectionBack();
      return;
    }
    checking = true;
    Promise.resolve(host.$server.connectionCheck()).then(function () {
      checking = false;
      if (!probeFailed && !vaadinLost()) {
        connectionBack();
      }
    }, function () {
      checking = false;
    });
  }

  function fillOverlay() {
    if (!overlay || !lostTexts) {
      return;
    }
    // Empty while hidden, so that the alert's text appears (and is announced) when the connection goes.
    overlay.querySelector('.connection-lost-heading').textContent = lostShown ? lostTexts.heading : '';
    overlay.querySelector('.connection-lost-text').textContent = lostShown ? lostTexts.text : '';
  }

  function ensureOverlay() {
    if (overlay && overlay.isConnected) {
      return overlay;
    }
    overlay = document.createElement('div');
    overlay.className = 'connection-lost';
    overlay.hidden = true;
    // An alert is announced at once, even with the focus elsewhere.
    const box = document.createElement('div');
    box.className = 'connection-lost-box';
    box.setAttribute('role', 'alert');
    const heading = document.createElement('p');
    heading.className = 'connection-lost-heading';
    const text = document.createElement('p');
    text.className = 'connection-lost-text';
    box.appendChild(heading);
    box.appendChild(text);
    overlay.appendChild(box);
    document.body.appendChild(overlay);
    return overlay;
  }

  function connectionLost() {
    if (offline) {
      return;
    }
    offline = true;
    clearTimeout(idleTimer);
    clearInterval(countdownTimer);
    const shown = ensureOverlay();
    lostShown = true;
    shown.hidden = false;
    document.documentElement.dataset.connection = 'lost';
    fillOverlay();
  }

  function connectionBack() {
    if (!offline) {
      return;
    }
    offline = false;
    lostShown = false;
    delete document.documentElement.dataset.connection;
    if (overlay) {
      overlay.hidden = true;
      fillOverlay();
    }
    if (warning && countdownFrom) {
      window.passerelle.countdown(countdownFrom.counter, countdownFrom.seconds);
    } else {
      arm();
    }
  }

  ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'click', 'touchstart', 'touchend', 'keydown', 'keyup',
    'keypress', 'input', 'beforeinput', 'wheel'].forEach(function (type) {
    window.addEventListener(type, function (e) {
      if (offline) {
        e.stopImmediatePropagation();
        if (e.cancelable) {
          e.preventDefault();
        }
      }
    }, { capture: true, passive: false });
  });

  function watchConnection() {
    const store = window.Vaadin && window.Vaadin.connectionState;
    if (!store || store.passerelleWatched) {
      return store !== undefined && store !== null;
    }
    store.passerelleWatched = true;
    store.addStateChangeListener(function (previous, next) {
      if (next === 'reconnecting' || next === 'connection-lost') {
        connectionLost();
      } else if (next === 'connected' && !probeFailed) {
        connectionBack();
      }
    });
    return true;
  }
  if (!watchConnection()) {
    const retry = setInterval(function () {
      if (watchConnection()) {
        clearInterval(retry);
      }
    }, 500);
  }
  window.addEventListener('offline', connectionLost);
  window.addEventListener('online', probe);

  window.passerelle = {
    watchIdle: function (el, ms) {
      host = el;
      idleMs = ms;
      warning = false;
      clearInterval(countdownTimer);
      arm();
    },

    // While help is asked for, the idle time is longer; a warning already showing keeps its countdown.
    // Only a change starts the timer again: a screen the agent opens is not the person's touch.
    idleAfter: function (ms) {
      if (ms === idleMs) {
        return;
      }
      idleMs = ms;
      if (!warning) {
        arm();
      }
    },

    countdown: function (counter, seconds) {
      warning = true;
      countdownFrom = { counter: counter, seconds: seconds };
      clearTimeout(idleTimer);
      clearInterval(countdownTimer);
      if (offline) {
        return;
      }
      let left = seconds;
      counter.textContent = String(left);
      countdownTimer = setInterval(function () {
        left -= 1;
        if (left <= 0) {
          clearInterval(countdownTimer);
          if (host) {
            host.$server.warningExpired();
          }
        } else {
          counter.textContent = String(left);
        }
      }, 1000);
    },

    stillHere: function () {
      warning = false;
      countdownFrom = null;
      clearInterval(countdownTimer);
      arm();
    },

    speechAvailable: function () {
      return 'speechSynthesis' in window && 'SpeechSynthesisUtterance' in window;
    },

    // Resolves to true when reading started, false when this browser cannot speak (no speech, no voices).
    speak: async function (root, fallback) {
      if (!this.speechAvailable()) {
        return false;
      }
      const available = await voices(1500);
      if (available.length === 0) {
        return false;
      }
      const synth = window.speechSynthesis;
      synth.cancel();
      const parts = chunks(root, fallback);
      const stopped = function () {
        if (host) {
          host.$server.readingStopped();
        }
      };
      parts.forEach(function (part, i) {
        const u = new SpeechSynthesisUtterance(part.text);
        u.lang = part.lang + '-CA';
        const voice = voiceFor(available, part.lang);
        if (voice instanceof SpeechSynthesisVoice) {
          u.voice = voice;
        }
        u.rate = 0.9;
        if (i === parts.length - 1) {
          u.onend = stopped;
        }
        u.onerror = function (e) {
          if (e.error !== 'canceled' && e.error !== 'interrupted') {
            stopped();
          }
        };
        synth.speak(u);
      });
      return parts.length > 0;
    },

    // The skip link moves the focus to the main landmark without leaving the screen (no navigation, no
    // "#main" added to the address, which Vaadin's router would take for a route).
    skipLink: function (link, target) {
      if (link.dataset.skipReady) {
        return;
      }
      link.dataset.skipReady = 'true';
      link.addEventListener('click', function (e) {
        e.preventDefault();
        e.stopPropagation();
        target.focus({ preventScroll: true });
        target.scrollIntoView({ block: 'start' });
      });
    },

    stopSpeaking: function () {
      if ('speechSynthesis' in window) {
        window.speechSynthesis.cancel();
      }
    },

    // Vaadin's connection indicator is a status message on every screen: said in the kiosk's language, like the
    // kiosk's own "Connection lost" overlay (its texts must be here before the connection goes).
    connectionTexts: function (online, offlineText, reconnecting, lostHeading, lostText) {
      const indicator = document.querySelector('vaadin-connection-indicator');
      if (indicator) {
        indicator.onlineText = online;
        indicator.offlineText = offlineText;
        indicator.reconnectingText = reconnecting;
      }
      lostTexts = { heading: lostHeading, text: lostText, back: online };
      if (overlay) {
        fillOverlay();
      }
    },

    display: function (lang, textSize, highContrast) {
      const html = document.documentElement;
      html.lang = lang;
      html.dataset.textSize = String(textSize);
      if (highContrast) {
        html.dataset.contrast = 'high';
      } else {
        delete html.dataset.contrast;
      }
    },

    print: function () {
      window.print();
    },

    // Leaves nothing of the last person in the page: speech stopped, fields emptied, selection and
    // focus dropped, the current history entry replaced by the welcome address.
    forget: function () {
      this.stopSpeaking();
      warning = false;
      countdownFrom = null;
      clearInterval(countdownTimer);
      document.querySelectorAll('input, textarea').forEach(function (field) { field.value = ''; });
      if (window.getSelection) {
        window.getSelection().removeAllRanges();
      }
      if (document.activeElement && document.activeElement.blur) {
        document.activeElement.blur();
      }
      history.replaceState(null, '', document.baseURI);
      window.scrollTo(0, 0);
      arm();
    }
  };
})();
