/*
 * A request of a page part that fails on the way (the server unreachable, an error page instead of
 * the answer) used to leave the page as it was without a word, e.g. a wizard stuck on its step
 * (issue 14, defect 16). The layout's notice says so; what was typed stays in the page.
 */
(function () {
  if (!window.jQuery) {
    return;
  }
  jQuery(document).on("pfAjaxError", function () {
    var notice = document.getElementById("ajaxError");
    if (notice) {
      notice.hidden = false;
    }
  });
  jQuery(document).on("pfAjaxSuccess", function () {
    var notice = document.getElementById("ajaxError");
    if (notice) {
      notice.hidden = true;
    }
  });
})();
