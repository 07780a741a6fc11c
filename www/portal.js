// The portal's own few lines: follow the checker's results in a badge.
const checker = document.getElementById('portal-checker');
const badge = document.getElementById('badge');
checker.addEventListener('resolint-report', (e) => {
  const n = { error: 0, warning: 0, info: 0 };
  for (const d of e.detail.diagnostics) n[d.severity]++;
  const plural = (k, w) => `${k} ${w}${k === 1 ? '' : 's'}`;
  badge.textContent = n.error || n.warning ? `${plural(n.error, 'error')}, ${plural(n.warning, 'warning')}` : 'no problems found';
  badge.className = 'badge ' + (n.error ? 'bad' : 'good');
});
