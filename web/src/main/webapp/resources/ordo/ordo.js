/* The top bar's submenus are <details>: one open at a time, closed by a click elsewhere or Escape. */
function ordoCloseMenus(keep) {
  document.querySelectorAll("details.ordo-drop[open]").forEach(function (d) {
    if (!keep || !d.contains(keep)) { d.removeAttribute("open"); }
  });
}
document.addEventListener("click", function (e) { ordoCloseMenus(e.target); });
document.addEventListener("keydown", function (e) { if (e.key === "Escape") { ordoCloseMenus(null); } });
