/** Texts the copy-link script on /voor-professionals/ writes (its own slice: the script imports nothing else). */
export const copyLink = {
  done: 'Gekopieerd:',
  failed: 'Kopiëren lukte niet. Selecteer de link en kopieer hem zelf.',
};
