/** Offline reading (/offline-lezen/): the control that keeps the whole keuzehulp on the device. The script gets only `offlineScript`. */

export const offlineScript = {
  /** The button; {grootte} is the size of the full copy ("4,1 MB"). */
  save: 'Bewaar de keuzehulp op dit apparaat ({grootte})',
  remove: 'Verwijder de offline kopie',
  saveData:
    'Je hebt databesparing aan. Daarom bewaart de keuzehulp niets vanzelf op dit apparaat. Alleen als je zelf op de knop drukt.',
  unsupported: 'Je browser kan de keuzehulp niet bewaren. Je kunt hem wel gewoon online lezen.',
  notSaved: 'De keuzehulp staat nog niet helemaal op dit apparaat.',
  saved: 'De keuzehulp staat op dit apparaat. Je kunt hem ook zonder internet lezen en doorzoeken.',
  partial: 'Het bewaren is niet afgemaakt. Druk nog een keer op de knop. Wat al bewaard is, wordt niet opnieuw opgehaald.',
  busy: 'Bezig met bewaren. Je kunt gewoon verder lezen.',
  progress: '{klaar} van {totaal} bestanden bewaard',
  done: 'Klaar: je kunt de keuzehulp nu ook zonder internet lezen en doorzoeken.',
  removed: 'De offline kopie is verwijderd. De pagina’s die je opent, bewaart je browser nog wel.',
  offline: 'Je hebt nu geen internet. Bewaren kan alleen met internet. Probeer het later nog eens.',
  errors: {
    quota: 'Er is niet genoeg ruimte op dit apparaat. Er is niets verloren: je kunt de keuzehulp gewoon online lezen.',
    network:
      'Het bewaren is gestopt, omdat de verbinding wegviel. Er is niets verloren. Probeer het later nog eens: wat al bewaard is, wordt niet opnieuw opgehaald.',
    update: 'Er is net een nieuwe versie van de keuzehulp. Wacht een minuut en probeer het dan nog eens.',
    other: 'Het bewaren is niet gelukt. Er is niets verloren: je kunt de keuzehulp gewoon online lezen. Probeer het later nog eens.',
  },
};

export const offline = {
  heading: 'De keuzehulp bewaren',
  noScript: 'Om de hele keuzehulp te bewaren, heb je JavaScript nodig. Zonder JavaScript kun je de keuzehulp alleen online lezen.',
  progressLabel: 'Voortgang van het bewaren',
};
