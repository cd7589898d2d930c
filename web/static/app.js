// Byline: small progressive enhancements. Every page works without this file.
(function () {
  "use strict";
  document.documentElement.classList.add("js");
  // Changing the sort order submits the form at once.
  document.querySelectorAll("select[data-autosubmit]").forEach(function (el) {
    el.addEventListener("change", function () {
      if (el.form) { el.form.requestSubmit ? el.form.requestSubmit() : el.form.submit(); }
    });
  });
  // Hide article images that fail to load (the caption and credit stay).
  document.querySelectorAll("figure img").forEach(function (img) {
    var hide = function () { img.hidden = true; };
    if (img.complete && img.naturalWidth === 0) { hide(); } else { img.addEventListener("error", hide); }
  });
  // "/" focuses the search box, as on many search sites (not while typing).
  document.addEventListener("keydown", function (e) {
    if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey) { return; }
    var t = e.target;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) { return; }
    var box = document.getElementById("q") || document.getElementById("header-q");
    if (box) { e.preventDefault(); box.focus(); box.select(); }
  });
})();
