// Enhancements only: every page works without this script.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  // Copy buttons next to citations.
  document.querySelectorAll("button.copy[data-copy]").forEach(function (b) {
    var input = document.getElementById(b.getAttribute("data-copy"));
    if (!input || !navigator.clipboard) { return; }
    b.hidden = false;
    b.addEventListener("click", function () {
      navigator.clipboard.writeText(input.value).then(function () {
        b.textContent = "Copied";
        setTimeout(function () { b.textContent = "Copy"; }, 1500);
      }, function () {
        input.select();
      });
    });
  });
  // Changing the sort or page size submits the form.
  document.querySelectorAll("form.search select").forEach(function (s) {
    s.addEventListener("change", function () { s.form.submit(); });
  });
});
