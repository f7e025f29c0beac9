// What axe does not check but the issue asks for, on the page as it is now (screen styles):
// text of at least 16px and touch targets of at least 44 by 44 px (focus is checked where the keyboard tests tab).
// Returns a list of problems, each naming the element. Links in a line of text are exempt from the
// target size, as WCAG 2.5.8 exempts them; a radio or checkbox counts with its label, which is the target.
() => {
  const problems = [];
  const name = el => {
    const id = el.id ? '#' + el.id : '';
    const cls = typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\s+/).join('.') : '';
    const text = (el.innerText || el.value || '').trim().slice(0, 30);
    return el.tagName.toLowerCase() + id + cls + (text ? ' "' + text + '"' : '');
  };
  const shown = el => {
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.display === 'none') return false;
    const r = el.getBoundingClientRect();
    // Visually hidden helpers (1px, clipped) and the off-screen skip link are not what people tap or read.
    return r.width > 2 && r.height > 2 && r.right > 0 && r.bottom > 0 && !el.closest('.visually-hidden');
  };
  for (const el of document.body.querySelectorAll('*')) {
    const ownText = [...el.childNodes].some(n => n.nodeType === Node.TEXT_NODE && n.textContent.trim());
    if (ownText && shown(el) && parseFloat(getComputedStyle(el).fontSize) < 15.9) {
      problems.push('text under 16px: ' + name(el) + ' (' + getComputedStyle(el).fontSize + ')');
    }
  }
  const targets = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button]';
  for (const el of document.body.querySelectorAll(targets)) {
    if (!shown(el)) continue;
    let box = el.getBoundingClientRect();
    if (el.matches('input[type=radio], input[type=checkbox]')) {
      const label = el.id && document.querySelector('label[for="' + CSS.escape(el.id) + '"]');
      if (!label) { problems.push('choice without a label: ' + name(el)); continue; }
      box = label.getBoundingClientRect();
      if (box.height < 43.5) problems.push('target under 44px: ' + name(label) + ' (' + Math.round(box.width) + 'x' + Math.round(box.height) + ')');
      continue;
    }
    // A link that shares its line with other words is sized by the text around it; one alone must stand tall.
    const inLineWithText = el.matches('a') && getComputedStyle(el).display === 'inline'
        && el.parentElement.innerText.trim() !== el.innerText.trim();
    if (inLineWithText) continue;
    if (box.height < 43.5 || box.width < 43.5) {
      problems.push('target under 44px: ' + name(el) + ' (' + Math.round(box.width) + 'x' + Math.round(box.height) + ')');
    }
  }
  return problems;
}
