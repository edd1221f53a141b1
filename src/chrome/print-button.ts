/** <print-button>: its button opens the browser's print dialog (the print edition: src/styles/print*.css). */
class PrintButton extends HTMLElement {
  connectedCallback(): void {
    this.querySelector('button')!.addEventListener('click', () => window.print());
  }
}

customElements.define('print-button', PrintButton);
