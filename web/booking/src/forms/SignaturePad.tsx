/** A plain canvas to sign on with a finger or mouse; hands back a PNG data URL (or '' when cleared). */
import { useEffect, useRef } from 'preact/hooks';

export function SignaturePad({ onChange, invalid }: { onChange: (png: string) => void; invalid: boolean }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const element = canvas.current;
    const context = element?.getContext('2d');
    if (!element || !context) return;
    context.lineWidth = 2.5;
    context.lineCap = 'round';
    context.strokeStyle = '#111';
    let drawing = false;
    const at = (event: PointerEvent) => {
      const box = element.getBoundingClientRect();
      return [((event.clientX - box.left) * element.width) / box.width, ((event.clientY - box.top) * element.height) / box.height] as const;
    };
    const down = (event: PointerEvent) => {
      drawing = true;
      element.setPointerCapture(event.pointerId);
      context.beginPath();
      context.moveTo(...at(event));
    };
    const move = (event: PointerEvent) => {
      if (!drawing) return;
      context.lineTo(...at(event));
      context.stroke();
    };
    const up = () => {
      if (!drawing) return;
      drawing = false;
      onChange(element.toDataURL('image/png'));
    };
    element.addEventListener('pointerdown', down);
    element.addEventListener('pointermove', move);
    element.addEventListener('pointerup', up);
    return () => {
      element.removeEventListener('pointerdown', down);
      element.removeEventListener('pointermove', move);
      element.removeEventListener('pointerup', up);
    };
  }, [onChange]);
  const clear = () => {
    const element = canvas.current;
    element?.getContext('2d')?.clearRect(0, 0, element.width, element.height);
    onChange('');
  };
  return (
    <div class={invalid ? 'field field-invalid' : 'field'}>
      <label for="signature">Sign here</label>
      <canvas id="signature" ref={canvas} width={600} height={200} class="signature-pad" aria-label="Signature area: draw your signature" />
      <button type="button" class="link-button" onClick={clear}>
        Clear signature
      </button>
    </div>
  );
}
