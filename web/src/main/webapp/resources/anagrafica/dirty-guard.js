/*
 * "Nothing typed is lost without warning": a form marked a-dirty-guard that has unsaved input
 * makes the browser ask before leaving the page. A submit, or a successful PrimeFaces ajax save,
 * clears the mark.
 */
(function () {
  function guarded(target) {
    return target && target.closest ? target.closest("form.a-dirty-guard") : null;
  }
  document.addEventListener("input", function (event) {
    var form = guarded(event.target);
    if (form) {
      form.dataset.dirty = "true";
    }
  });
  document.addEventListener("submit", function (event) {
    delete event.target.dataset.dirty;
  }, true);
  if (window.jQuery) {
    jQuery(document).on("pfAjaxSuccess", function () {
      document.querySelectorAll("form.a-dirty-guard[data-dirty]").forEach(function (form) {
        delete form.dataset.dirty;
      });
    });
  }
  window.addEventListener("beforeunload", function (event) {
    if (document.querySelector("form.a-dirty-guard[data-dirty]")) {
      event.preventDefault();
      event.returnValue = "";
    }
  });
})();
