/*
 * "Nothing typed is lost without warning": a form marked a-dirty-guard that has unsaved input
 * makes the browser ask before leaving the page. A submit, or a successful PrimeFaces ajax request
 * from a button, link or wizard step of that form (a save), clears the mark; one from a field (a
 * region → province → comune cascade, a check on leaving the field) does not, so typing before
 * such a change still warns.
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
    jQuery(document).on("pfAjaxSuccess", function (event, xhr, settings) {
      var source = settings && settings.source;
      source = typeof source === "string" ? document.getElementById(source) : source;
      // A wizard's step request comes from the wizard itself; its fields' requests from inside it.
      var saved = source && source.closest
          && (source.closest("button, a") || source.classList.contains("ui-wizard"))
          && !(xhr && xhr.pfArgs && xhr.pfArgs.validationFailed);
      var form = saved ? guarded(source) : null;
      if (form) {
        delete form.dataset.dirty;
      }
    });
  }
  window.addEventListener("beforeunload", function (event) {
    if (document.querySelector("form.a-dirty-guard[data-dirty]")) {
      event.preventDefault();
      event.returnValue = "";
    }
  });
})();
