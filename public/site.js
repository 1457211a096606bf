// Progressive enhancement only: every page works without this file. It adds a copy button to each
// code block marked data-copy, when the browser offers the asynchronous clipboard.
for (const pre of document.querySelectorAll('pre[data-copy]')) {
  if (!navigator.clipboard) break
  const button = document.createElement('button')
  button.type = 'button'
  button.className = 'copy'
  const label = pre.getAttribute('data-copy') || 'code'
  button.textContent = 'Copy'
  button.setAttribute('aria-label', 'Copy ' + label)
  const status = document.createElement('span')
  status.className = 'copy-status'
  status.setAttribute('role', 'status')
  button.addEventListener('click', () => {
    navigator.clipboard.writeText(pre.textContent || '').then(
      () => { status.textContent = label + ' copied' },
      () => { status.textContent = 'Copying is not allowed here; select the text instead' }
    )
  })
  pre.before(button, status)
}
