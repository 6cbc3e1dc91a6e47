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

  function arm() {
    clearTimeout(idleTimer);
    if (host && idleMs > 0 && !warning) {
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

  window.passerelle = {
    watchIdle: function (el, ms) {
      host = el;
      idleMs = ms;
      warning = false;
      clearInterval(countdownTimer);
      arm();
    },

    countdown: function (counter, seconds) {
      warning = true;
      clearTimeout(idleTimer);
      clearInterval(countdownTimer);
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

    // Vaadin's connection indicator is a status message on every screen: said in the kiosk's language.
    connectionTexts: function (online, offline, reconnecting) {
      const indicator = document.querySelector('vaadin-connection-indicator');
      if (indicator) {
        indicator.onlineText = online;
        indicator.offlineText = offline;
        indicator.reconnectingText = reconnecting;
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
