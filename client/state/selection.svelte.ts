/** The object whose faceplate is open (a loop, equipment or indicator name). */
export class Selection {
  current = $state('TIC-5301');

  /** Set when the faceplate opens as a pop-up (pages without their own faceplate panel). */
  popup = $state(false);

  select(name: string): void {
    this.current = name;
  }

  /** Selects `name` and opens its faceplate as a pop-up. */
  open(name: string): void {
    this.current = name;
    this.popup = true;
  }
}
