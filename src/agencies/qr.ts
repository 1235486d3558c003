import QRCode from 'qrcode';

/** An inline SVG QR code for a URL (no external image, so it prints and passes the CSP). */
export function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 0 });
}
