/**
 * An attachment for an SVG label that `fitLabel` found too long for its row (`max`, the row's width):
 * squeezes it to `max` only if the browser, which can measure the drawn text, finds it longer; the
 * estimate is generous, and a shorter text given a textLength would be stretched. Where nothing can
 * be measured (jsdom) the estimate's squeeze is used. (No flights chart is prerendered: attachments do
 * not run on the server.) `text` is an argument so that a new text makes a new attachment, measured again.
 */
export function squeezeIfLonger(text: string, max: number | null) {
  return (node: SVGTextContentElement): void => {
    void text;
    const squeeze = (on: boolean) => {
      if (on) {
        node.setAttribute('textLength', String(max));
        node.setAttribute('lengthAdjust', 'spacingAndGlyphs');
      } else {
        node.removeAttribute('textLength');
        node.removeAttribute('lengthAdjust');
      }
    };
    if (max === null) return squeeze(false);
    if (typeof node.getComputedTextLength !== 'function') return squeeze(true);
    squeeze(false);
    squeeze(node.getComputedTextLength() > max);
  };
}
