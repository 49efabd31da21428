// Enhancements only: every page works without this script.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  // Copy buttons next to citations.
  document.querySelectorAll("button.copy[data-copy]").forEach(function (b) {
    var input = document.getElementById(b.getAttribute("data-copy"));
    if (!input) { return; }
    b.hidden = false;
    var done = function () {
      b.textContent = "Copied";
      setTimeout(function () { b.textContent = "Copy"; }, 1500);
    };
    b.addEventListener("click", function () {
      if (navigator.clipboard) {
        navigator.clipboard.writeText(input.value).then(done, function () { input.select(); });
        return;
      }
      input.select();
      if (document.execCommand("copy")) { done(); }
    });
  });
  // Changing the sort or page size submits the form.
  document.querySelectorAll("form.search select").forEach(function (s) {
    s.addEventListener("change", function () { s.form.submit(); });
  });
});
