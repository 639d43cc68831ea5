// Ant Design's icons name themselves in English for screen readers (`<span role="img" aria-label="down">`), including
// the ones inside its own widgets (a select's arrow, a clear button). Next to a label they are decoration, and an
// English word read aloud in a Vietnamese UI: hide them from assistive technology as they appear. An icon-only button
// must then carry its own Vietnamese aria-label, which the accessibility test checks.

const ICON_SELECTOR = '.anticon[role="img"]';

function silence(root: ParentNode): void {
  for (const icon of root.querySelectorAll(ICON_SELECTOR)) {
    icon.removeAttribute('aria-label');
    icon.removeAttribute('role');
    icon.setAttribute('aria-hidden', 'true');
  }
}

export function silenceIconNames(root: HTMLElement): void {
  silence(root);
  new MutationObserver((changes) => {
    for (const change of changes)
      for (const node of change.addedNodes)
        if (node instanceof Element) silence(node.matches(ICON_SELECTOR) ? (node.parentElement ?? node) : node);
  }).observe(root, { childList: true, subtree: true });
}
