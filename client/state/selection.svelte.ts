/** The object whose faceplate is open (a loop, equipment or indicator name). */
export class Selection {
  current = $state('TIC-5301');

  select(name: string): void {
    this.current = name;
  }
}
