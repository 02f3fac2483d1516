/*
 * The modification area's editor (area/modifiche.xhtml) opens at the top of the page, often far
 * above the button that opened it: its heading comes into view and takes the focus, so that the
 * click visibly does something and keyboard and screen reader users continue in the editor.
 */
window.AnagraficaEditor = (function () {
  return {
    /** oncomplete of the buttons that open the editor; nothing to do if it did not open. */
    show: function () {
      var heading = document.getElementById("editorHeading");
      if (heading) {
        heading.scrollIntoView({ block: "start" });
        heading.focus({ preventScroll: true });
      }
    }
  };
})();
