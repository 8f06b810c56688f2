/** Interface text of the entry points on /voor-professionals/ to the tools and pages for professionals and naasten. */
export const professionalTools = {
  heading: 'Meer voor professionals',
  selfCheck: 'Zelfcheck na een gesprek',
  selfCheckText: 'Een korte lijst per rol, om terug te kijken. Op papier of op je scherm.',
  readingList: 'Leeslijst maken voor één lezer',
  readingListText: 'Kies een paar pagina’s en geef één link of QR-code mee.',
  roles: 'Samen beslissen in jouw rol',
  opening: 'Het gesprek openen',
  naasten: 'Voor naasten',
  naastenText: 'Voor de partner, familie of vrienden van de werknemer.',
  printFour: 'Print 4 kaarten',
  ofPhase: ' van fase {n}',
  qrEnlarge: 'QR-code van fase {n}, tik om te vergroten',
};
