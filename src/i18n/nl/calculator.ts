/** The private week calculator (/weken-berekenen/). The script gets only `calculatorScript`. */

export const calculatorScript = {
  errors: {
    empty: 'Vul de dag in waarop je je ziek meldde.',
    invalid: 'Deze datum bestaat niet. Kies een dag uit de kalender.',
    future: 'Deze datum ligt in de toekomst. Kies de dag waarop je je ziek meldde.',
    tooOld: 'Deze datum is meer dan drie jaar geleden. Kijk of het jaartal klopt.',
  },
  heading: 'Wat komt er de komende {n} weken?',
  nowWeek: 'Je bent nu in week {week} van je ziekte. Je eerste ziektedag was {datum}.',
  firstDay: 'Je eerste ziektedag is {datum}.',
  none: 'In deze weken staan er geen vaste momenten. Kijk verder vooruit als je dat wilt, of lees de stappen van je fase.',
  pick: 'Kies wat je in je agenda wilt zetten',
  range: '{van} tot en met {tot}',
  download: 'Zet in mijn agenda (.ics)',
  fileName: 'keuzehulp-momenten.ics',
  eventDescription: '{uitleg} Rond {periode}. Dit is een schatting: de brieven van je werkgever en UWV gaan voor.',
  estimate: 'Dit zijn schattingen. De brieven van je werkgever en UWV gaan altijd voor.',
  saved: 'Je datum is bewaard op dit apparaat. Met "Datum wissen" haal je hem weg.',
  notSaved: 'Je datum kon niet worden bewaard op dit apparaat. De berekening werkt wel.',
  cleared: 'Je datum is gewist van dit apparaat.',
  storageNote: 'Je datum wordt alleen op dit apparaat bewaard, en pas als je op de knop drukt.',
};

export const calculator = {
  heading: 'Bereken het voor jouw situatie',
  noScript: 'Het berekenen werkt alleen met JavaScript aan. Hieronder zie je de momenten in weken.',
  dateLabel: 'Je eerste ziektedag',
  dateHint: 'De dag waarop je je ziek meldde. Die dag telt als dag 1.',
  horizonLabel: 'Hoe ver wil je vooruitkijken?',
  horizons: [
    { weeks: 4, label: 'De komende 4 weken' },
    { weeks: 8, label: 'De komende 8 weken', selected: true },
    { weeks: 13, label: 'De komende 3 maanden' },
    { weeks: 26, label: 'Het komende half jaar' },
  ],
  submit: 'Laat zien wat er komt',
  clear: 'Datum wissen',
  inWeeks: 'De vaste momenten in weken',
  inWeeksIntro: 'Zo ongeveer gaat het bij de meeste mensen. Je eigen brieven gaan altijd voor.',
  laterTitle: 'Momenten later in de twee jaar',
  script: calculatorScript,
};
