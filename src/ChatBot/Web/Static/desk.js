// The desk works without script; this only asks before irreversible buttons.
document.addEventListener("submit", e => {
  const b = e.submitter;
  if (b && b.classList.contains("danger") && !confirm(b.textContent.trim() + "?")) e.preventDefault();
});
