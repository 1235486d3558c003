/** An inline SVG QR code for a URL (no external image, so it prints and passes the CSP). */
export async function qrSvg(text: string): Promise<string> {
  // loaded when the first letter is printed: the server rarely needs it
  const { default: QRCode } = await import('qrcode');
  return QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 0 });
}
