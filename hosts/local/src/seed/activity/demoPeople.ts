/** More clients for the living demo, so a busy day is many people rather than the same few again and again. */
export interface DemoPerson {
  firstName: string;
  lastName: string;
  phone: string;
  /** Which of the clinic's disciplines their case is for (by position in the clinic's list). */
  discipline: number;
  caseType: 'private' | 'extended_health';
  title: string;
}

const RIVERSIDE: [string, string, string][] = [
  ['Olivia', 'Martin', 'Post-op knee rehab'],
  ['Lucas', 'Wilson', 'Tennis elbow'],
  ['Amelia', 'Chen', 'Low back pain'],
  ['Jack', 'Roberts', 'Desk posture, neck'],
  ['Mia', 'Kowalski', 'Plantar fasciitis'],
  ['Henry', 'Dubois', 'Rotator cuff strain'],
  ['Charlotte', 'Okafor', 'Pregnancy back pain'],
  ['James', 'Lindqvist', 'Hamstring strain'],
  ['Harper', 'Ahmed', 'Tension headaches'],
  ['Benjamin', 'Moreau', 'Runner’s knee'],
  ['Evelyn', 'Park', 'Frozen shoulder'],
  ['William', 'Ferreira', 'Hip mobility'],
  ['Abigail', "O'Brien", 'Ankle sprain'],
  ['Elijah', 'Kaur', 'Sciatica'],
  ['Emily', 'Novak', 'Wrist, carpal tunnel'],
  ['Daniel', 'Hughes', 'Sports massage'],
  ['Zoe', 'Leblanc', 'TMJ pain'],
  ['Samuel', 'Ivanova', 'Whiplash, old'],
  ['Grace', 'Mensah', 'Pilates rehab'],
  ['Owen', 'Fischer', 'Shoulder impingement'],
  ['Lily', 'Santos', 'Upper back tension'],
  ['Logan', 'Yamamoto', 'Achilles tendinopathy'],
  ['Nora', 'Campbell', 'Postural assessment'],
  ['Isaac', 'Delgado', 'Golf swing, back'],
];

const HARBOUR: [string, string, string][] = [
  ['Aria', 'Walker', 'Relaxation massage'],
  ['Finn', 'MacLeod', 'Shoulder tension'],
  ['Ruby', 'Tanaka', 'Prenatal massage'],
  ['Theo', 'Grant', 'Sports recovery'],
  ['Ivy', 'Morrison', 'Neck and upper back'],
  ['Miles', 'Chowdhury', 'Lower back'],
];

function people(rows: [string, string, string][], areaCode: string, disciplines: number): DemoPerson[] {
  return rows.map(([firstName, lastName, title], index) => ({
    firstName,
    lastName,
    phone: `+1 ${areaCode} 555 ${String(300 + index).padStart(4, '0')}`,
    discipline: index % disciplines,
    caseType: index % 3 === 0 ? 'extended_health' : 'private',
    title,
  }));
}

/** By clinic slug. */
export const DEMO_PEOPLE: Readonly<Record<string, DemoPerson[]>> = {
  riverside: people(RIVERSIDE, '416', 3),
  harbour: people(HARBOUR, '604', 1),
};
