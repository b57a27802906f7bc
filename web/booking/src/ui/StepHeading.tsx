/** A step's heading, focused when the step appears so screen readers and keyboards start there. */
import type { ComponentChildren } from 'preact';
import { useFocusOnMount } from './useFocusOnMount';

export function StepHeading({ children, focus = true, id }: { children: ComponentChildren; focus?: boolean; id?: string }) {
  const ref = useFocusOnMount<HTMLHeadingElement>(focus);
  return (
    <h2 ref={ref} id={id} tabIndex={-1} class="step-heading">
      {children}
    </h2>
  );
}
