/** A step's heading, focused when the step appears so screen readers and keyboards start there. */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

export function StepHeading({ children, focus = true, id }: { children: ComponentChildren; focus?: boolean; id?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus({ preventScroll: false });
  }, [focus]);
  return (
    <h2 ref={ref} id={id} tabIndex={-1} class="step-heading">
      {children}
    </h2>
  );
}
