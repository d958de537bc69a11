/** The company switcher's "Tout le groupe" choice, stored in the selected-company cookie instead of a company id. */
export const GROUP_VIEW_CHOICE = "groupe";
