/* Live tallies: each [data-live-src] box listens to its server-sent events and updates its tally tables in place.
   Without this script (or EventSource) the page simply shows the tally as of loading. */
(function () {
  'use strict';

  function set(el, value) {
    if (el && el.textContent !== String(value)) {
      el.textContent = String(value);
    }
  }

  function show(box, tally) {
    var table = box.querySelector('[data-tally="' + tally.proposalId + '"]');
    if (!table) {
      return;
    }
    set(table.querySelector('[data-total]'), tally.total);
    Object.keys(tally.choices).forEach(function (choice) {
      var row = table.querySelector('[data-choice="' + choice + '"]');
      if (row) {
        set(row.querySelector('[data-count]'), tally.choices[choice]);
        set(row.querySelector('[data-percent]'), tally.percent[choice]);
        var bar = row.querySelector('.voting-bar__fill');
        if (bar) {
          bar.setAttribute('width', tally.percent[choice]);
        }
      }
    });
  }

  if (window.EventSource) {
    Array.prototype.forEach.call(document.querySelectorAll('[data-live-src]'), function (box) {
      // EventSource reconnects by itself; the server sends a full snapshot first every time.
      new EventSource(box.getAttribute('data-live-src')).addEventListener('tally', function (event) {
        try {
          show(box, JSON.parse(event.data));
        } catch (e) {
          // a damaged event: the next one brings the whole tally again
        }
      });
    });
  }

  // Sections that refresh themselves from the same page now and then (the room view's newest comments).
  Array.prototype.forEach.call(document.querySelectorAll('[data-refresh-seconds][id]'), function (section) {
    var seconds = Math.max(5, parseInt(section.getAttribute('data-refresh-seconds'), 10) || 30);
    setInterval(function () {
      fetch(window.location.href, { credentials: 'same-origin' }).then(function (response) {
        return response.ok ? response.text() : null;
      }).then(function (html) {
        var fresh = html && new DOMParser().parseFromString(html, 'text/html').getElementById(section.id);
        if (fresh && fresh.innerHTML !== section.innerHTML) {
          section.innerHTML = fresh.innerHTML;
        }
      }).catch(function () {});
    }, seconds * 1000);
  });
}());
