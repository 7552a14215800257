/* The top bar's submenus are <details>: one open at a time, closed by a click elsewhere or Escape. */
document.addEventListener("click", function (e) {
  document.querySelectorAll("details.ordo-drop[open]").forEach(function (d) {
    if (!d.contains(e.target)) { d.removeAttribute("open"); }
  });
});
document.addEventListener("keydown", function (e) {
  if (e.key === "Escape") {
    document.querySelectorAll("details.ordo-drop[open]").forEach(function (d) { d.removeAttribute("open"); });
  }
});
