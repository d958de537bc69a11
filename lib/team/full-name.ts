/** "Prénom Nom", as the team pages and the emails to the organisation name a person. */
export const fullName = (person: { firstName: string; lastName: string }) => `${person.firstName} ${person.lastName}`;
